/**
 * The editors' dashboard, above Payload's collection cards: rules published this week, open reports,
 * templates in draft, and the last site build with any page that failed to render. A React Server
 * Component: it reads through core/data with the request's Payload instance.
 */
import type { ServerComponentProps } from 'payload'
import React from 'react'
import { dashboardFigures } from '@communityrule/core/data/dashboard'

const card: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
  padding: '1rem 1.25rem',
  background: 'var(--theme-elevation-0)',
}
const figure: React.CSSProperties = { fontSize: '2rem', fontWeight: 600, margin: '0.25rem 0' }

function Figure({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <li style={card}>
      <a href={href}>
        <span style={figure}>{value}</span>
        <br />
        {label}
      </a>
    </li>
  )
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

export async function EditorDashboard({ payload }: ServerComponentProps) {
  const figures = await dashboardFigures(payload)
  const admin = payload.config.routes.admin
  const build = figures.lastBuild
  const failures = build?.failures ?? []
  return (
    <section aria-labelledby="editor-dashboard-title" style={{ marginBottom: '2rem' }}>
      <h2 id="editor-dashboard-title">This week</h2>
      <ul
        style={{
          listStyle: 'none',
          padding: 0,
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
          gap: '1rem',
        }}
      >
        <Figure
          label="rules published in the last 7 days"
          value={figures.rulesThisWeek}
          href={`${admin}/collections/rules?sort=-publishedAt&where[publishedAt][greater_than]=${encodeURIComponent(figures.since)}`}
        />
        <Figure
          label="open reports"
          value={figures.openReports}
          href={`${admin}/collections/rule-reports?where[status][equals]=open`}
        />
        <Figure
          label="templates in draft"
          value={figures.templatesInDraft}
          href={`${admin}/collections/rule-templates?where[_status][equals]=draft`}
        />
      </ul>
      <h3>Last site build</h3>
      {build ? (
        <div style={card}>
          <p>
            {build.kind === 'full' ? 'Full build' : 'Incremental build'} at {dateTime.format(new Date(build.createdAt))}{' '}
            UTC: {build.pages} {build.pages === 1 ? 'page' : 'pages'} written, {build.removed} removed, in{' '}
            {build.seconds} s.{' '}
            {failures.length ? (
              <strong>
                {failures.length} {failures.length === 1 ? 'page' : 'pages'} failed to render:
              </strong>
            ) : (
              'Every page rendered.'
            )}
          </p>
          {failures.length > 0 && (
            <ul>
              {failures.map((failure) => (
                <li key={failure.id ?? failure.recordId}>
                  {failure.kind} <code>{failure.slug || failure.recordId}</code>: {failure.reason}
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href={`${admin}/collections/site-builds`}>Every recent build</a>
          </p>
        </div>
      ) : (
        <p>No site build has been recorded yet.</p>
      )}
    </section>
  )
}
