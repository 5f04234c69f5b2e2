'use client'
import { useRowLabel } from '@payloadcms/ui'
import { catalogueModule } from '@communityrule/core/schema/template-fields'

/** "Section 2: How we decide" instead of Payload's "Section 02". */
export const SectionRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ title?: string | null }>()
  return <span>{`Section ${(rowNumber ?? 0) + 1}: ${data?.title || 'Untitled'}`}</span>
}

/** The building block's catalogue name (or the name the row gives it). */
export const ModuleRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ module?: string | null; name?: string | null }>()
  const name = data?.name || (data?.module ? (catalogueModule(data.module)?.name ?? data.module) : 'Not chosen yet')
  return <span>{`Building block ${(rowNumber ?? 0) + 1}: ${name}`}</span>
}
