'use client'
import { useFormFields } from '@payloadcms/ui'
import type { RuleDocument } from '@communityrule/core/schema'
import { paths } from '@communityrule/core/paths'
import { renderBody } from './markdown'
import './admin-fields.scss'

/**
 * A published rule's content, read-only: editors moderate rules (hide them), they do not rewrite a
 * member's text, and the raw JSON editor (Monaco, loaded from a CDN) is never shown.
 */
export const RuleDocumentView = () => {
  const document = useFormFields(([fields]) => fields.document?.value) as RuleDocument | null | undefined
  const slug = useFormFields(([fields]) => fields.slug?.value) as string | null | undefined
  if (!document || !Array.isArray(document.sections)) {
    return <p className="cr-document-view__empty">This rule has no readable content.</p>
  }
  return (
    <div className="cr-document-view" data-testid="rule-document-view">
      <p className="cr-document-view__label">
        Content (read-only)
        {slug ? (
          <>
            {' · '}
            <a href={paths.rule(slug)} target="_blank" rel="noopener">
              Open the public page
            </a>
          </>
        ) : null}
      </p>
      <h2>{document.title}</h2>
      {document.summary ? <p>{document.summary}</p> : null}
      {document.community?.name ? (
        <section>
          <h3>About {document.community.name}</h3>
          {document.community.description ? (
            <div dangerouslySetInnerHTML={{ __html: renderBody(document.community.description) }} />
          ) : null}
          {document.community.size ? <p>Size: {document.community.size}</p> : null}
        </section>
      ) : null}
      {document.sections.map((section, index) => (
        <section key={`${section.id}-${index}`}>
          <h3>
            {section.title} <small>({section.kind})</small>
          </h3>
          {section.body ? <div dangerouslySetInnerHTML={{ __html: renderBody(section.body) }} /> : null}
          {section.modules?.length ? (
            <ul>
              {section.modules.map((module, moduleIndex) => (
                <li key={`${module.id}-${moduleIndex}`}>
                  <strong>{module.name}</strong>
                  {module.summary ? ` — ${module.summary}` : null}
                  {module.config ? <div className="cr-document-view__config">{module.config}</div> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </div>
  )
}
