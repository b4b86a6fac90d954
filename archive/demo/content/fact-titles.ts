import type { LocalText } from '../../api/contract';

/**
 * A short headline for each reported fact; the fact's own sentence (zh and en from the facts file) is the
 * body. Headlines only shorten what the report says: they add no names, dates or numbers of their own.
 */
export const FACT_TITLES: Record<string, LocalText> = {
  lists: { zh: '军地“双清单”', en: 'The two-way "double list"' },
  'supply-station': { zh: '建设赤峰军供站', en: 'The Chifeng military supply station' },
  pigeons: { zh: '整治鸽类养殖', en: 'Pigeon-keeping regulated' },
  'green-channel': { zh: '军人就医绿色通道', en: "A hospital 'green channel' for service members" },
  'tibet-companies': { zh: '“城连共建”助力驻藏连队', en: 'City–company partnership with units in Tibet' },
  resettled: { zh: '安置军转干部和退役士兵', en: 'Placements for transferred officers and veterans' },
  'self-employed': { zh: '自主就业退役士兵', en: 'Self-employed veterans supported' },
  'job-fairs': { zh: '退役军人专场招聘', en: 'Job fairs for veterans' },
  'training-base': { zh: '退役军人应用技术培训基地', en: "Veterans' applied-technology training base" },
  spouses: { zh: '随军家属生活补贴', en: 'Allowances for accompanying spouses' },
  'care-funds': { zh: '优抚资金', en: 'Preferential-care funds' },
  children: { zh: '军人子女优待入学', en: 'School places for service children' },
  militia: { zh: '民兵参与抗疫救援', en: 'Militia in epidemic control and rescue' },
  'troops-deployed': { zh: '驻赤部队执行任务', en: 'Garrison troops on duty for the city' },
  'model-schools': { zh: '国防教育示范校', en: 'Model schools for defence education' },
  colonels: { zh: '“百名上校进百校”', en: "'A hundred colonels in a hundred schools'" },
  nanhuang: { zh: '南荒村共建', en: 'Building up Nanhuang village' },
  memorials: { zh: '纪念英烈活动', en: 'Remembering the fallen' },
  recruits: { zh: '新兵欢送与老兵返乡', en: 'Send-offs and welcomes home' },
  wedding: { zh: '军地联谊与集体婚礼', en: 'Socials, shows and a group wedding' },
  'yanan-80': { zh: '纪念延安双拥运动80周年', en: "80 years since the Yan'an movement" },
  'role-models': { zh: '表彰“最美”典型', en: "Honouring the 'most admired'" },
  'yanshan-street': { zh: '燕山街英模肖像', en: 'Portraits along Yanshan Street' },
  'theme-parks': { zh: '双拥主题公园', en: 'Theme parks of the tradition' },
  'thirty-years': { zh: '入选年度十大法治事件', en: "Among the city's ten rule-of-law events" },
  broadcast: { zh: '全民国防教育专栏', en: 'A defence-education column on air' },
  'quiz-2024': { zh: '春节双拥知识问答', en: 'A Spring Festival quiz' },
  'korea-70': { zh: '抗美援朝胜利70周年老兵肖像展', en: 'Veterans’ portraits for the Korean War’s 70th anniversary' },
  'thirty-years-series': { zh: '“峥嵘岁月 盛世中华”系列活动', en: "The 'Glorious years' series" },
  plaques: { zh: '光荣牌与优待证', en: 'Honour plaques and preferential cards' },
  'tenth-title': { zh: '争创“十连冠”', en: 'Striving for a tenth title' },
};
