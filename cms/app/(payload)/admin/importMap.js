import { MarkdownBodyField as MarkdownBodyField_53b504de6154b55b3b357a5e610b0dd5 } from '../../../components/MarkdownBodyField'
import { ModuleRowLabel as ModuleRowLabel_d0cb7904af756538d0e69f8212ab11a8 } from '../../../components/RowLabels'
import { SectionRowLabel as SectionRowLabel_d0cb7904af756538d0e69f8212ab11a8 } from '../../../components/RowLabels'
import { RuleDocumentView as RuleDocumentView_407f7a9c189d0d8f46e47f0859cabba4 } from '../../../components/RuleDocumentView'
import { RuleLife as RuleLife_712df77951943082a47e8ddd129ec7cf } from '../../../components/RuleLife'
import { ReportRuleLinks as ReportRuleLinks_f538dfc4422da0cb6ef94d5e420436a4 } from '../../../components/ReportRuleLinks'
import { EditorDashboard as EditorDashboard_8baeab4a9b387187ce92823bb1a559ef } from '../../../components/EditorDashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/MarkdownBodyField#MarkdownBodyField": MarkdownBodyField_53b504de6154b55b3b357a5e610b0dd5,
  "/components/RowLabels#ModuleRowLabel": ModuleRowLabel_d0cb7904af756538d0e69f8212ab11a8,
  "/components/RowLabels#SectionRowLabel": SectionRowLabel_d0cb7904af756538d0e69f8212ab11a8,
  "/components/RuleDocumentView#RuleDocumentView": RuleDocumentView_407f7a9c189d0d8f46e47f0859cabba4,
  "/components/RuleLife#RuleLife": RuleLife_712df77951943082a47e8ddd129ec7cf,
  "/components/ReportRuleLinks#ReportRuleLinks": ReportRuleLinks_f538dfc4422da0cb6ef94d5e420436a4,
  "/components/EditorDashboard#EditorDashboard": EditorDashboard_8baeab4a9b387187ce92823bb1a559ef,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
