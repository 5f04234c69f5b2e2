import type { UIFieldServerProps } from 'payload'
import { paths } from '@communityrule/core/paths'
import { ruleLifeForEditors } from '@communityrule/core/data/rule-versions'
import { livePageUrl } from '../lib/live-page-url'

const day = (iso: string) => iso.slice(0, 10)

/**
 * On a rule's edit view (server component): its versions, newest first, with their notes and links
 * to their public pages, and its stewards (with their emails: editors may contact them).
 */
export async function RuleLife({ data, payload }: UIFieldServerProps) {
  if (!data?.id) return null
  const { versions, stewards } = await ruleLifeForEditors(payload, String(data.id))
  const slug = String(data.slug ?? '')
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }} data-testid="rule-life">
      <h3>Versions</h3>
      {data.withdrawnAt ? (
        <p>
          <strong>Withdrawn by its stewards</strong> on {day(String(data.withdrawnAt))}
          {data.withdrawnReason ? `: “${data.withdrawnReason}”` : ''}. Untick “hidden” to restore it.
        </p>
      ) : null}
      <ol reversed>
        {versions.map((version) => (
          <li key={version.id}>
            <a href={livePageUrl(paths.ruleVersion(slug, version.number))} target="_blank" rel="noopener noreferrer">
              Version {version.number}
            </a>{' '}
            — {day(version.publishedAt)}
            {version.adoptedOn ? `, adopted ${version.adoptedOn}` : ''}
            {version.adoptedBy ? ` (${version.adoptedBy})` : ''}
            {version.note ? `: ${version.note}` : version.number === 1 ? ': first published' : ''}
          </li>
        ))}
      </ol>
      <h3>Stewards</h3>
      <ul>
        {stewards.map((steward, i) => (
          <li key={i}>
            {steward.displayName ? `${steward.displayName} — ` : ''}
            {steward.email ?? 'a deleted account'} ({steward.role}, since {day(steward.acceptedAt)})
          </li>
        ))}
      </ul>
    </div>
  )
}
