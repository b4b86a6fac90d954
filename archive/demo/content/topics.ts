import type { Emblem } from '../art/emblems';

interface Topic {
  /** Shown as the panel group's name and offered as a tag (facet) in Chinese. */
  zh: string;
  en: string;
  emblem: Emblem;
}

/**
 * The themes of the report, in the order the timeline shows their panels. Keys are the facts file's `topic`
 * values; a fact with a topic missing here fails the demo build's tests, not a visitor's screen. The kiosk's
 * own catalogue names the topics on screen (renderer i18n "topic.<key>"); these, the same words, label tags and pictures.
 */
export const TOPICS: Record<string, Topic> = {
  history: { zh: '双拥历程', en: 'Milestones', emblem: 'wreath' },
  'support-the-army': { zh: '拥军支前', en: 'Supporting the army', emblem: 'star' },
  'army-helps-people': { zh: '军民共建', en: 'The army helping the people', emblem: 'wheat' },
  veterans: { zh: '退役军人服务', en: 'Serving veterans', emblem: 'medal' },
  families: { zh: '优抚军属', en: 'Caring for military families', emblem: 'plaque' },
  education: { zh: '国防教育', en: 'National defence education', emblem: 'book' },
  remembrance: { zh: '缅怀英烈', en: 'Remembering the fallen', emblem: 'monument' },
  community: { zh: '军地联谊', en: 'Army and community', emblem: 'heart' },
  publicity: { zh: '双拥宣传', en: 'Spreading the tradition', emblem: 'broadcast' },
};

export const TOPIC_ORDER = Object.keys(TOPICS);
