import type { LocalText } from '../../api/contract';

interface FigureLabel {
  caption: LocalText;
  unit: LocalText;
}

/**
 * Captions and units for every number in the facts file, keyed "<fact id>.<figure key>", in the order the
 * achievements screen shows them (people first, then money, then activities). Where the report gives an
 * approximate number ("more than", "nearly") the Chinese unit or caption keeps the report's own wording.
 */
export const FIGURE_LABELS: [key: string, label: FigureLabel][] = [
  ['resettled.people', { caption: { zh: '安置军转干部和符合条件的退役士兵', en: 'Transferred officers and eligible veterans given placements' }, unit: { zh: '人', en: 'people' } }],
  ['self-employed.people', { caption: { zh: '接收自主就业退役士兵', en: 'Self-employed veterans received' }, unit: { zh: '人', en: 'people' } }],
  ['job-fairs.fairs', { caption: { zh: '举办退役军人招聘会', en: 'Job fairs held' }, unit: { zh: '场', en: 'fairs' } }],
  ['job-fairs.positions', { caption: { zh: '招聘会提供岗位（6.4万余个）', en: 'Positions offered at the fairs (more than 64,000)' }, unit: { zh: '余个', en: 'positions' } }],
  ['job-fairs.hired', { caption: { zh: '通过招聘会招聘', en: 'People hired at the fairs' }, unit: { zh: '人', en: 'people' } }],
  ['children.children', { caption: { zh: '优待军人子女入学', en: 'Children of service members given priority school places' }, unit: { zh: '名', en: 'children' } }],
  ['spouses.payments', { caption: { zh: '随军未就业家属领取生活补贴', en: 'Living-allowance payments to accompanying spouses without work' }, unit: { zh: '人次', en: 'payments' } }],
  ['recruits.recruits', { caption: { zh: '完成新兵征集输送', en: 'Recruits enlisted and sent to their units (more than 4,000)' }, unit: { zh: '余名', en: 'recruits' } }],
  ['militia.militia', { caption: { zh: '动员民兵近2万人参与抗疫、抢险救援、地震演练、防灭火', en: 'Militia mobilised for epidemic control, rescue, earthquake drills and firefighting (nearly 20,000)' }, unit: { zh: '人', en: 'militia' } }],
  ['troops-deployed.deployments', { caption: { zh: '驻赤部队出动兵力', en: 'Deployments of garrison troops (more than 7,600)' }, unit: { zh: '余人次', en: 'deployments' } }],
  ['troops-deployed.vehicles', { caption: { zh: '出动车辆机械', en: 'Vehicle and machine sorties (more than 400)' }, unit: { zh: '余台次', en: 'sorties' } }],
  ['care-funds.yuan', { caption: { zh: '累计发放各类优抚资金', en: 'Preferential-care funds paid in total' }, unit: { zh: '元', en: 'yuan' } }],
  ['self-employed.yuan', { caption: { zh: '发放地方经济补助金', en: 'Local subsidies paid to self-employed veterans' }, unit: { zh: '元', en: 'yuan' } }],
  ['spouses.yuan', { caption: { zh: '随军家属生活补贴', en: 'Living allowances for accompanying spouses' }, unit: { zh: '元', en: 'yuan' } }],
  ['model-schools.yuan', { caption: { zh: '投资近90万元帮建国防教育示范校', en: 'Invested in model schools for defence education (nearly 900,000 yuan)' }, unit: { zh: '元', en: 'yuan' } }],
  ['nanhuang.yuan', { caption: { zh: '驻赤某部帮扶南荒村投资', en: 'Invested by an air-force unit in Nanhuang village (more than 500,000 yuan)' }, unit: { zh: '余元', en: 'yuan' } }],
  ['lists.projects', { caption: { zh: '军地“双清单”完成办实事项目', en: "Practical projects completed under the 'double list'" }, unit: { zh: '个', en: 'projects' } }],
  ['model-schools.schools', { caption: { zh: '帮建国防教育示范校', en: 'Model schools for defence education built' }, unit: { zh: '所', en: 'schools' } }],
  ['plaques.plaques', { caption: { zh: '悬挂光荣牌', en: 'Honour plaques hung (89,000)' }, unit: { zh: '块', en: 'plaques' } }],
  ['plaques.cards', { caption: { zh: '发放优待证', en: 'Preferential-treatment cards issued (76,000)' }, unit: { zh: '本', en: 'cards' } }],
  ['plaques.companies', { caption: { zh: '征集优待企业（单位）', en: 'Companies and units offering discounts' }, unit: { zh: '家', en: 'companies' } }],
  ['memorials.events', { caption: { zh: '组织纪念英烈活动', en: 'Memorial events on national remembrance days (more than 1,000)' }, unit: { zh: '余次', en: 'events' } }],
  ['memorials.online', { caption: { zh: '网上祭扫', en: 'Online tributes (more than 400,000)' }, unit: { zh: '余人次', en: 'tributes' } }],
  ['role-models.veterans', { caption: { zh: '表彰“最美退役军人”', en: "'Most admired veterans' honoured" }, unit: { zh: '人', en: 'people' } }],
  ['role-models.model_veterans', { caption: { zh: '表彰“模范退役军人”', en: "'Model veterans' honoured" }, unit: { zh: '人', en: 'people' } }],
  ['role-models.spouses', { caption: { zh: '表彰“最美军嫂”', en: "'Most admired military spouses' honoured" }, unit: { zh: '人', en: 'people' } }],
  ['role-models.companies', { caption: { zh: '表彰“最美拥军企业”', en: "'Most admired army-supporting companies' honoured" }, unit: { zh: '家', en: 'companies' } }],
  ['wedding.socials', { caption: { zh: '军地青年交友联谊', en: 'Socials for young soldiers and civilians (more than 10)' }, unit: { zh: '余次', en: 'socials' } }],
  ['wedding.shows', { caption: { zh: '进军营慰问演出', en: 'Shows performed in barracks (more than 60)' }, unit: { zh: '余次', en: 'shows' } }],
  ['wedding.couples', { caption: { zh: '“缘聚百柳 情许东风”集体婚礼新人', en: 'Couples married at the group wedding' }, unit: { zh: '对', en: 'couples' } }],
  ['yanan-80.events', { caption: { zh: '2023年纪念延安双拥运动80周年等主题活动', en: "Themed events in 2023, including the Yan'an movement's 80th anniversary" }, unit: { zh: '次', en: 'events' } }],
  ['quiz-2024.episodes', { caption: { zh: '2024年春节“精彩二选一”双拥知识问答', en: 'Episodes of the 2024 Spring Festival two-choice quiz' }, unit: { zh: '期', en: 'episodes' } }],
  ['quiz-2024.views', { caption: { zh: '问答短视频浏览量', en: 'Views of the quiz short videos (more than 250,000)' }, unit: { zh: '人次', en: 'views' } }],
];
