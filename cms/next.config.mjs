import { withPayload } from '@payloadcms/next/withPayload'

/** The Next app only hosts Payload's admin (/admin) and REST/GraphQL (/cms-api); the BFF proxies to it. */
const nextConfig = {
  poweredByHeader: false,
  eslint: { ignoreDuringBuilds: true },
  typescript: { ignoreBuildErrors: true },
  // Our workspace package ships TypeScript source; Next compiles it like the app's own files.
  transpilePackages: ['@communityrule/core'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
