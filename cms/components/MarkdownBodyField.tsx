'use client'
import type { TextareaFieldClientComponent } from 'payload'
import { TextareaField, useField } from '@payloadcms/ui'
import { renderBody } from './markdown'
import './admin-fields.scss'

/**
 * A section body: Payload's textarea plus a live preview rendered exactly as the site renders bodies
 * (light Markdown, no HTML), so editors see paragraphs, lists and emphasis before saving.
 */
export const MarkdownBodyField: TextareaFieldClientComponent = (props) => {
  const { value } = useField<string>({ potentiallyStalePath: props.path })
  return (
    <div className="cr-markdown-field">
      <TextareaField {...props} />
      <div className="cr-markdown-preview" data-testid="body-preview">
        <p className="cr-markdown-preview__label">Preview, as the page shows it</p>
        {value ? (
          <div className="cr-markdown-preview__body" dangerouslySetInnerHTML={{ __html: renderBody(value) }} />
        ) : (
          <p className="cr-markdown-preview__empty">No text yet.</p>
        )}
      </div>
    </div>
  )
}
