import { withPayload } from '@payloadcms/next/withPayload'

/** The Next app only hosts Payload's admin (/admin) and REST/GraphQL (/cms-api); the BFF proxies to it. */
const nextConfig = {
  poweredByHeader: false,
  eslint: { ignoreDuringBuilds: true },
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
