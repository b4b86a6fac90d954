import type { LocalText } from '../../api/contract';
import type { Emblem } from '../art/emblems';

export interface SampleEvent {
  id: string;
  year: number;
  topic: string;
  emblem: Emblem;
  title: LocalText;
  body: LocalText;
}

/**
 * SAMPLE EVENTS. The report dates only a few facts (2023, 2024); these fill other years of the thirty so the
 * timeline can be shown end to end. They describe typical activities, not real ones, carry "（示例）" in their
 * titles as well as sample = true, and never use a year for a reported fact that has none.
 */
export const SAMPLE_EVENTS: SampleEvent[] = [
  { id: 'sendoff-1994', year: 1994, topic: 'remembrance', emblem: 'train', title: { zh: '新兵欢送会（示例）', en: 'A send-off for recruits (sample)' }, body: { zh: '示例条目：全城为当年入伍的新兵举行欢送会。', en: 'Sample entry: the city holds a send-off for the year’s recruits.' } },
  { id: 'trees-1996', year: 1996, topic: 'army-helps-people', emblem: 'tree', title: { zh: '军民共植双拥林（示例）', en: 'Soldiers and villagers plant a grove (sample)' }, body: { zh: '示例条目：驻地官兵与村民一起在荒坡上植树。', en: 'Sample entry: soldiers and villagers plant trees on a bare hillside.' } },
  { id: 'flood-1999', year: 1999, topic: 'army-helps-people', emblem: 'handshake', title: { zh: '抢险救灾中的军民协作（示例）', en: 'Working together in disaster relief (sample)' }, body: { zh: '示例条目：部队与群众一起加固堤坝、转移物资。', en: 'Sample entry: troops and residents reinforce dykes and move supplies together.' } },
  { id: 'school-2001', year: 2001, topic: 'education', emblem: 'book', title: { zh: '国防教育进校园（示例）', en: 'Defence education comes to school (sample)' }, body: { zh: '示例条目：军人走进中小学讲授国防知识。', en: 'Sample entry: service members teach defence lessons in schools.' } },
  { id: 'visits-2003', year: 2003, topic: 'families', emblem: 'heart', title: { zh: '春节走访慰问军属（示例）', en: 'Spring Festival visits to service families (sample)' }, body: { zh: '示例条目：节日期间走访慰问军属和退役军人家庭。', en: 'Sample entry: holiday visits to service families and veterans’ homes.' } },
  { id: 'honours-2006', year: 2006, topic: 'veterans', emblem: 'medal', title: { zh: '老兵荣誉表彰会（示例）', en: 'An honours ceremony for veterans (sample)' }, body: { zh: '示例条目：为退役军人代表颁发荣誉证书。', en: 'Sample entry: certificates of honour for veterans’ representatives.' } },
  { id: 'open-day-2008', year: 2008, topic: 'community', emblem: 'star', title: { zh: '军营开放日（示例）', en: 'Barracks open day (sample)' }, body: { zh: '示例条目：驻地部队向市民开放军营。', en: 'Sample entry: a garrison opens its barracks to residents.' } },
  { id: 'spring-ploughing-2011', year: 2011, topic: 'army-helps-people', emblem: 'wheat', title: { zh: '部队帮助春耕（示例）', en: 'Troops help with spring ploughing (sample)' }, body: { zh: '示例条目：官兵帮助军属和困难农户春耕播种。', en: 'Sample entry: soldiers help military families and farmers in need sow their fields.' } },
  { id: 'plaques-2013', year: 2013, topic: 'families', emblem: 'plaque', title: { zh: '光荣牌送到家（示例）', en: 'Honour plaques delivered home (sample)' }, body: { zh: '示例条目：工作人员把光荣牌送到军属家中。', en: 'Sample entry: staff deliver honour plaques to service families.' } },
  { id: 'qingming-2015', year: 2015, topic: 'remembrance', emblem: 'monument', title: { zh: '清明祭扫烈士陵园（示例）', en: 'Qingming visit to a martyrs’ cemetery (sample)' }, body: { zh: '示例条目：学生和老兵在清明节祭扫烈士陵园。', en: 'Sample entry: pupils and veterans pay respects at a martyrs’ cemetery on Qingming.' } },
  { id: 'jobs-2017', year: 2017, topic: 'veterans', emblem: 'handshake', title: { zh: '退役军人就业洽谈会（示例）', en: 'A jobs meeting for veterans (sample)' }, body: { zh: '示例条目：企业与退役军人面对面洽谈就业。', en: 'Sample entry: employers meet veterans face to face.' } },
  { id: 'socials-2019', year: 2019, topic: 'community', emblem: 'heart', title: { zh: '军地青年联谊会（示例）', en: 'A social for young soldiers and civilians (sample)' }, body: { zh: '示例条目：军地青年在联谊活动中相识。', en: 'Sample entry: young soldiers and civilians meet at a social.' } },
  { id: 'radio-2021', year: 2021, topic: 'publicity', emblem: 'broadcast', title: { zh: '国防教育广播节目（示例）', en: 'A defence-education radio programme (sample)' }, body: { zh: '示例条目：广播节目讲述身边的双拥故事。', en: 'Sample entry: a radio programme tells local stories of the tradition.' } },
];
