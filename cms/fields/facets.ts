import type { Field } from 'payload'
import { facetLabels, maturities, organisationKinds, scales, sizeBands } from '@communityrule/core/schema/method-fields'

export const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }))

/**
 * Which communities a method or template suits (core/schema/method-fields.ts): what recommendations
 * match a community's profile against. An empty list means "any".
 */
export const facetsField: Field = {
  name: 'facets',
  type: 'group',
  label: 'Who it suits',
  admin: { description: 'Leave a list empty when it suits any community in that respect.' },
  fields: [
    {
      name: 'organisationKinds',
      type: 'select',
      hasMany: true,
      options: options(organisationKinds, facetLabels.organisationKinds),
    },
    { name: 'sizeBands', type: 'select', hasMany: true, options: options(sizeBands, facetLabels.sizeBands) },
    { name: 'maturities', type: 'select', hasMany: true, options: options(maturities, facetLabels.maturities) },
    { name: 'scales', type: 'select', hasMany: true, options: options(scales, facetLabels.scales) },
  ],
}
