import type { UIFieldServerProps } from 'payload'
import { paths } from '@communityrule/core/paths'
import { reportedRule } from '@communityrule/core/data/reports'
import { livePageUrl } from '../lib/live-page-url'

/**
 * On a report's edit view (server component): where the reported rule is — its public page (a 410
 * page once hidden) and its edit view, where an editor hides it with a reason or restores it.
 */
export async function ReportRuleLinks({ data, payload }: UIFieldServerProps) {
  const rule = await reportedRule(payload, data?.rule)
  if (!rule) return <p className="field-description">The reported rule no longer exists.</p>
  const editUrl = `${payload.config.routes.admin}/collections/rules/${encodeURIComponent(rule.id)}`
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p>
        <strong>{rule.title}</strong>
        {rule.hidden ? ' (hidden)' : ''}
      </p>
      <p>
        <a href={livePageUrl(paths.rule(rule.slug))} target="_blank" rel="noopener noreferrer">
          Open the rule’s public page
        </a>
        {' · '}
        <a href={editUrl}>Edit the rule (hide it with a reason, or restore it)</a>
      </p>
    </div>
  )
}
