import type { LocalText } from '../../api/contract';
import type { Branch, Era } from '../art/portrait';
import type { Scene } from '../art/photo';
import type { Category } from './categories';
import { mn } from './mn';
import type { Ethnicity, Hometown } from './places';

/**
 * SAMPLE PEOPLE. The report names no individuals, so every person here is invented for the demonstration:
 * names, dates, units, honours and stories alike. The archive stores them with sample = true and the kiosk
 * marks them "示例 / Sample". Names include polyphonic surnames (单 Shàn, 曾 Zēng, 解 Xiè, 仇 Qiú, 区 Ōu),
 * two- and three-character names and Mongolian names so search can be shown on them.
 */
export interface SamplePerson {
  id: string;
  name: LocalText;
  gender: 'm' | 'f';
  birth: number;
  death?: number;
  hometown: Hometown;
  ethnicity: Ethnicity;
  category: Category;
  branch: Branch;
  era: Era;
  age: 'young' | 'middle' | 'old';
  medals: number;
  unit: LocalText;
  honours: LocalText;
  story: LocalText;
  /** A second sample photograph shown after the portrait. */
  scene?: { scene: Scene; caption: LocalText };
}

export const SAMPLE_PEOPLE: SamplePerson[] = [
  {
    id: 'shan-xiaochuan', name: { zh: '单晓川', en: 'Shan Xiaochuan' }, gender: 'm', birth: 1968, hometown: 'ningcheng', ethnicity: 'han',
    category: 'pla-model', branch: 'army', era: 'colour', age: 'middle', medals: 6,
    unit: { zh: '陆军某合成旅', en: 'A combined-arms brigade of the army' },
    honours: { zh: '个人一等功、个人二等功', en: 'First-class merit; Second-class merit' },
    story: {
      zh: '单晓川1986年入伍，从炮兵班长干起，扎根训练场三十余年，带出的班排多次在比武中名列前茅。他常说：“把每一次训练都当成实战。”',
      en: 'Shan Xiaochuan enlisted in 1986 and began as an artillery squad leader. For more than thirty years he stayed on the training ground, and the squads and platoons he trained often placed first in competitions. “Treat every drill as the real thing,” he would say.',
    },
    scene: { scene: 'ceremony', caption: { zh: '示例照片：部队授旗仪式', en: 'Sample photo: a colours ceremony' } },
  },
  {
    id: 'zeng-lifeng', name: { zh: '曾立峰', en: 'Zeng Lifeng' }, gender: 'm', birth: 1975, hometown: 'songshan', ethnicity: 'han',
    category: 'pla-model', branch: 'airforce', era: 'colour', age: 'middle', medals: 4,
    unit: { zh: '空军某航空兵旅', en: 'An air-force aviation brigade' },
    honours: { zh: '个人二等功、优秀飞行员', en: 'Second-class merit; Outstanding pilot' },
    story: {
      zh: '曾立峰在松山区长大，儿时常仰望掠过城市上空的战机。入伍后他成为一名飞行员，安全飞行两千余小时，并多年担任新飞行员的带飞教员。',
      en: 'Zeng Lifeng grew up in Songshan District watching military aircraft cross the sky above the city. He became a pilot, flew more than 2,000 hours without incident and for many years trained new pilots.',
    },
  },
  {
    id: 'xie-chunhua', name: { zh: '解春华', en: 'Xie Chunhua' }, gender: 'f', birth: 1979, hometown: 'songshan', ethnicity: 'han',
    category: 'spouse', branch: 'spouse', era: 'colour', age: 'middle', medals: 0,
    unit: { zh: '军属（丈夫服役于某边防部队）', en: 'Military spouse (her husband serves with a border unit)' },
    honours: { zh: '赤峰市“最美军嫂”', en: "Chifeng 'most admired military spouse'" },
    story: {
      zh: '丈夫常年驻守边防，解春华一人照顾两位老人和一双儿女，还在社区组织起军嫂互助小组，帮助新来的随军家属安家落户。',
      en: 'With her husband posted on the border for years at a time, Xie Chunhua cared for two elderly parents and two children on her own, and set up a mutual-help group in her community for newly arrived military families.',
    },
  },
  {
    id: 'qiu-deming', name: { zh: '仇德明', en: 'Qiu Deming' }, gender: 'm', birth: 1930, death: 2016, hometown: 'ongniud', ethnicity: 'han',
    category: 'veteran', branch: 'veteran', era: 'sepia', age: 'old', medals: 4,
    unit: { zh: '原中国人民志愿军某部战士', en: "Former soldier of a Chinese People's Volunteers unit" },
    honours: { zh: '三等功、抗美援朝纪念章', en: 'Third-class merit; Korean War commemorative medal' },
    story: {
      zh: '仇德明1950年参军，次年随部队入朝。回乡后他在翁牛特旗务农四十余年，很少提起战场往事，只把纪念章仔细包好，珍藏在木箱里。',
      en: 'Qiu Deming joined the army in 1950 and crossed into Korea with his unit the following year. Back home he farmed in Ongniud Banner for over forty years. He rarely spoke of the war, but kept his medals carefully wrapped in a wooden chest.',
    },
    scene: { scene: 'medals', caption: { zh: '示例照片：珍藏的纪念章', en: 'Sample photo: medals kept safe for decades' } },
  },
  {
    id: 'ou-haizhou', name: { zh: '区海舟', en: 'Ou Haizhou' }, gender: 'm', birth: 1988, hometown: 'linxi', ethnicity: 'han',
    category: 'pla-model', branch: 'navy', era: 'colour', age: 'young', medals: 3,
    unit: { zh: '海军某驱逐舰支队', en: 'A navy destroyer flotilla' },
    honours: { zh: '个人三等功、优秀士兵', en: 'Third-class merit; Outstanding soldier' },
    story: {
      zh: '从没见过大海的草原少年，入伍后成了一名舰艇轮机兵。区海舟随舰执行远海训练任务，曾连续在机舱值守七十多个小时排除故障。',
      en: 'A boy from the grasslands who had never seen the sea, Ou Haizhou became a ship’s engine-room sailor. On a far-seas training voyage he stayed at his post for more than seventy hours to fix a fault.',
    },
  },
  {
    id: 'batumongke', name: { zh: '巴图孟和', en: 'Batumöngke', mn: mn('ᠪᠠᠲᠤᠮᠥᠩᠬᠡ') }, gender: 'm', birth: 1972, hometown: 'arhorqin', ethnicity: 'mongol',
    category: 'border', branch: 'border', era: 'colour', age: 'middle', medals: 5,
    unit: { zh: '某边防团', en: 'A border-defence regiment' },
    honours: { zh: '个人二等功、优秀边防干部', en: 'Second-class merit; Outstanding border-defence officer' },
    story: {
      zh: '巴图孟和在边防一线服役二十四年，熟悉辖区每一座界碑。冬季巡逻常在零下四十度的风雪中徒步往返，他把这段路叫作“回家的路”。',
      en: 'Batumöngke served on the front line of the border for twenty-four years and knew every boundary marker in his sector. Winter patrols meant walking through snowstorms at forty below; he called the route “the road home”.',
    },
  },
  {
    id: 'chimeg', name: { zh: '其木格', en: 'Chimeg', mn: mn('ᠴᠢᠮᠡᠭ') }, gender: 'f', birth: 1983, hometown: 'bairinyou', ethnicity: 'mongol',
    category: 'spouse', branch: 'spouse', era: 'colour', age: 'middle', medals: 0,
    unit: { zh: '军属，乡村医生', en: 'Military spouse, village doctor' },
    honours: { zh: '赤峰市“最美军嫂”', en: "Chifeng 'most admired military spouse'" },
    story: {
      zh: '其木格是巴林右旗的一名乡村医生，丈夫在驻藏部队服役。她一边照顾家庭，一边为牧区的老人和军属上门问诊，被乡亲们称为“马背上的医生”。',
      en: 'Chimeg is a village doctor in Bairin Right Banner; her husband serves with a unit in Tibet. Besides caring for her family she visits elderly herders and military families at home, and neighbours call her “the doctor on horseback”.',
    },
  },
  {
    id: 'oljei', name: { zh: '乌力吉', en: 'Öljei', mn: mn('ᠥᠯᠵᠡᠢ') }, gender: 'm', birth: 1956, hometown: 'hexigten', ethnicity: 'mongol',
    category: 'veteran', branch: 'veteran', era: 'muted', age: 'old', medals: 3,
    unit: { zh: '原陆军某部班长', en: 'Former squad leader in an army unit' },
    honours: { zh: '赤峰市“最美退役军人”、三等功', en: "Chifeng 'most admired veteran'; Third-class merit" },
    story: {
      zh: '乌力吉退役后回到克什克腾旗，带领牧民改良草场、合作养殖，又自费为村里的老兵建起一间荣誉室。',
      en: "After leaving the army Öljei returned to Hexigten Banner, where he led herders in restoring pastures and raising livestock together, and at his own expense set up an honour room for the village's veterans.",
    },
  },
  {
    id: 'narasu', name: { zh: '那日苏', en: 'Narasu', mn: mn('ᠨᠠᠷᠠᠰᠤ') }, gender: 'm', birth: 1990, hometown: 'ongniud', ethnicity: 'mongol',
    category: 'pla-model', branch: 'police', era: 'colour', age: 'young', medals: 3,
    unit: { zh: '武警内蒙古总队某支队', en: 'A detachment of the Inner Mongolia armed police corps' },
    honours: { zh: '个人三等功、优秀士兵', en: 'Third-class merit; Outstanding soldier' },
    story: {
      zh: '那日苏是支队的搜救犬训导员。他和伙伴“黑风”在一次山林搜救中连续搜寻十余小时，找到了迷路的游客。',
      en: 'Narasu trains search dogs for his detachment. In one mountain search he and his dog “Black Wind” kept looking for more than ten hours and found a lost hiker.',
    },
  },
  {
    id: 'erdenibilig', name: { zh: '额尔敦毕力格', en: 'Erdenibilig', mn: mn('ᠡᠷᠳᠡᠨᠢᠪᠢᠯᠢᠭ') }, gender: 'm', birth: 1965, hometown: 'bairinzuo', ethnicity: 'mongol',
    category: 'border', branch: 'border', era: 'muted', age: 'middle', medals: 4,
    unit: { zh: '原某边防连连长', en: 'Former commander of a border-defence company' },
    honours: { zh: '个人二等功、集体一等功（所在连队）', en: 'Second-class merit; First-class collective merit (his company)' },
    story: {
      zh: '额尔敦毕力格带领连队在戈壁边防线上种下数千棵树，让昔日只有风沙的营区有了绿荫。',
      en: 'Erdenibilig led his company in planting thousands of trees along a stretch of the Gobi border, giving shade to a camp that once had only wind and sand.',
    },
  },
  {
    id: 'odonchechig', name: { zh: '敖登其其格', en: 'Odonchechig', mn: mn('ᠣᠳᠣᠨᠴᠡᠴᠡᠭ') }, gender: 'f', birth: 1992, hometown: 'aohan', ethnicity: 'mongol',
    category: 'militia', branch: 'militia', era: 'colour', age: 'young', medals: 2,
    unit: { zh: '敖汉旗某乡民兵应急连', en: 'Militia emergency company of a township in Aohan Banner' },
    honours: { zh: '优秀民兵、防灭火先进个人', en: 'Outstanding militia member; Commendation for firefighting' },
    story: {
      zh: '敖登其其格是民兵应急连的卫生员。森林防火期，她和战友在林区轮流值守，为扑火队员处理伤口、送水送饭。',
      en: 'Odonchechig is the medic of a militia emergency company. In the fire season she and her comrades take turns on watch in the forests, dressing wounds and bringing food and water to firefighters.',
    },
  },
  {
    id: 'buyandalai', name: { zh: '宝音达来', en: 'Buyandalai', mn: mn('ᠪᠤᠶᠠᠨᠳᠠᠯᠠᠢ') }, gender: 'm', birth: 1931, death: 2019, hometown: 'harqin', ethnicity: 'mongol',
    category: 'veteran', branch: 'veteran', era: 'sepia', age: 'old', medals: 5,
    unit: { zh: '原中国人民志愿军某部通信兵', en: "Former signaller, Chinese People's Volunteers" },
    honours: { zh: '二等功、抗美援朝纪念章', en: 'Second-class merit; Korean War commemorative medal' },
    story: {
      zh: '宝音达来在朝鲜战场上担任通信兵，曾冒着炮火十余次接通电话线。晚年他常到学校讲述“一根电话线”的故事。',
      en: 'Buyandalai was a signaller in the Korean War and repaired telephone lines under fire more than ten times. In old age he often visited schools to tell the story of “one telephone line”.',
    },
  },
  {
    id: 'sirguleng', name: { zh: '斯日古楞', en: 'Sirgüleng', mn: mn('ᠰᠢᠷᠭᠦᠯᠡᠩ') }, gender: 'f', birth: 1986, hometown: 'bairinzuo', ethnicity: 'mongol',
    category: 'pla-model', branch: 'army', era: 'colour', age: 'young', medals: 3,
    unit: { zh: '陆军某医院', en: 'An army hospital' },
    honours: { zh: '个人三等功、优秀护士', en: 'Third-class merit; Outstanding nurse' },
    story: {
      zh: '斯日古楞是一名军队护士，曾随医疗队赴灾区救治伤员。她坚持用蒙汉双语为牧区老人讲解健康知识。',
      en: 'Sirgüleng is an army nurse who has gone with medical teams to disaster areas. She explains health care to elderly herders in both Mongolian and Chinese.',
    },
  },
  {
    id: 'tong-lixin', name: { zh: '佟立新', en: 'Tong Lixin' }, gender: 'm', birth: 1962, hometown: 'harqin', ethnicity: 'manchu',
    category: 'model-veteran', branch: 'veteran', era: 'colour', age: 'old', medals: 3,
    unit: { zh: '原陆军某部排长，退役后创办农机合作社', en: 'Former platoon leader; founded a farm-machinery cooperative' },
    honours: { zh: '赤峰市“模范退役军人”', en: "Chifeng 'model veteran'" },
    story: {
      zh: '佟立新退役后回到喀喇沁旗，创办农机合作社，优先吸纳退役军人和困难群众就业，每年为军属免费代耕。',
      en: "Back in Harqin Banner, Tong Lixin founded a farm-machinery cooperative that hires veterans and families in need first, and every year ploughs military families' fields free of charge.",
    },
  },
  {
    id: 'guan-yufen', name: { zh: '关玉芬', en: 'Guan Yufen' }, gender: 'f', birth: 1975, hometown: 'yuanbaoshan', ethnicity: 'manchu',
    category: 'spouse', branch: 'spouse', era: 'colour', age: 'middle', medals: 0,
    unit: { zh: '军属，小学教师', en: 'Military spouse, primary-school teacher' },
    honours: { zh: '赤峰市“最美军嫂”', en: "Chifeng 'most admired military spouse'" },
    story: {
      zh: '关玉芬是一名小学教师，结婚二十年，与丈夫相聚的日子加起来不足三年。她在学校开设“国防小课堂”，给孩子们讲边防的故事。',
      en: 'Guan Yufen is a primary-school teacher. In twenty years of marriage she has spent less than three years in all with her husband. At school she runs a “little defence class” with stories from the border.',
    },
    scene: { scene: 'lecture', caption: { zh: '示例照片：国防小课堂', en: 'Sample photo: a defence lesson at school' } },
  },
  {
    id: 'na-chunyang', name: { zh: '那春阳', en: 'Na Chunyang' }, gender: 'm', birth: 1994, hometown: 'linxi', ethnicity: 'manchu',
    category: 'border', branch: 'border', era: 'colour', age: 'young', medals: 2,
    unit: { zh: '某高原边防连', en: 'A high-altitude border-defence company' },
    honours: { zh: '个人三等功、优秀士兵', en: 'Third-class merit; Outstanding soldier' },
    story: {
      zh: '那春阳大学毕业后参军，主动申请到高原边防连。他用相机记录巡逻路上的每一块界碑，整理成连队的“界碑日志”。',
      en: "Na Chunyang enlisted after university and volunteered for a high-altitude border company. He photographs every boundary marker on the patrol route and keeps the company's “marker log”.",
    },
  },
  {
    id: 'ma-yongfu', name: { zh: '马永福', en: 'Ma Yongfu' }, gender: 'm', birth: 1948, hometown: 'songshan', ethnicity: 'hui',
    category: 'veteran', branch: 'veteran', era: 'muted', age: 'old', medals: 4,
    unit: { zh: '原铁道兵某部战士', en: 'Former soldier of the railway corps' },
    honours: { zh: '赤峰市“最美退役军人”、三等功', en: "Chifeng 'most admired veteran'; Third-class merit" },
    story: {
      zh: '马永福当兵时参加过铁路建设，退役后在松山区开了一家清真饭馆，三十多年来坚持为老兵和军属免费供应一碗面。',
      en: 'Ma Yongfu helped build railways as a soldier. After leaving the army he opened a halal restaurant in Songshan District, and for more than thirty years has served veterans and military families a free bowl of noodles.',
    },
    scene: { scene: 'group', caption: { zh: '示例照片：老战友合影', en: 'Sample photo: old comrades together' } },
  },
  {
    id: 'bai-xiuying', name: { zh: '白秀英', en: 'Bai Xiuying' }, gender: 'f', birth: 1970, hometown: 'hongshan', ethnicity: 'hui',
    category: 'model-veteran', branch: 'veteran', era: 'colour', age: 'middle', medals: 2,
    unit: { zh: '原部队话务员，现社区工作者', en: 'Former army telephone operator, now a community worker' },
    honours: { zh: '赤峰市“模范退役军人”', en: "Chifeng 'model veteran'" },
    story: {
      zh: '白秀英曾是部队话务员，退役后在社区工作，组建了一支由退役军人组成的志愿服务队，常年照料孤寡老人。',
      en: 'Bai Xiuying was an army telephone operator. Now a community worker, she has built a volunteer team of veterans who look after elderly people living alone.',
    },
  },
  {
    id: 'hao-zhendong', name: { zh: '郝振东', en: 'Hao Zhendong' }, gender: 'm', birth: 1978, hometown: 'hongshan', ethnicity: 'han',
    category: 'pla-model', branch: 'police', era: 'colour', age: 'middle', medals: 4,
    unit: { zh: '武警某部', en: 'An armed police unit' },
    honours: { zh: '个人一等功', en: 'First-class merit' },
    story: {
      zh: '郝振东在一次抗洪抢险中连续奋战三昼夜，带领战友加固堤坝，转移群众两百余人。',
      en: 'In one flood, Hao Zhendong worked three days and nights without rest, leading his comrades to reinforce a dyke and move more than two hundred people to safety.',
    },
    scene: { scene: 'rescue', caption: { zh: '示例照片：加固堤坝', en: 'Sample photo: reinforcing a dyke' } },
  },
  {
    id: 'pan-yuxia', name: { zh: '潘玉霞', en: 'Pan Yuxia' }, gender: 'f', birth: 1982, hometown: 'hongshan', ethnicity: 'han',
    category: 'spouse', branch: 'spouse', era: 'colour', age: 'middle', medals: 0,
    unit: { zh: '军属，社区网格员', en: 'Military spouse, community worker' },
    honours: { zh: '赤峰市“最美军嫂”', en: "Chifeng 'most admired military spouse'" },
    story: {
      zh: '潘玉霞的丈夫是一名舰艇兵。她在社区里建起“军嫂之家”，组织随军家属学习技能、互相照看孩子。',
      en: "Pan Yuxia's husband serves on a warship. In her community she started a “Military Spouses' Home” where families learn skills and look after each other's children.",
    },
  },
  {
    id: 'du-mingyuan', name: { zh: '杜明远', en: 'Du Mingyuan' }, gender: 'm', birth: 1940, death: 2012, hometown: 'aohan', ethnicity: 'han',
    category: 'pla-model', branch: 'army', era: 'sepia', age: 'middle', medals: 6,
    unit: { zh: '原陆军某部营长', en: 'Former battalion commander in an army unit' },
    honours: { zh: '个人一等功、个人二等功', en: 'First-class merit; Second-class merit' },
    story: {
      zh: '杜明远在部队服役二十余年，多次参加边境执勤和抢险救灾。转业回到敖汉旗后，他把大半生的积蓄捐给了家乡的小学。',
      en: 'Du Mingyuan served for over twenty years, on border duty and in disaster relief. After returning to Aohan Banner he gave most of his life’s savings to the village primary school.',
    },
  },
  {
    id: 'lu-mei', name: { zh: '吕梅', en: 'Lü Mei' }, gender: 'f', birth: 1991, hometown: 'yuanbaoshan', ethnicity: 'han',
    category: 'pla-model', branch: 'airforce', era: 'colour', age: 'young', medals: 2,
    unit: { zh: '空军某部机务大队', en: 'An air-force maintenance group' },
    honours: { zh: '个人三等功、优秀士官', en: 'Third-class merit; Outstanding NCO' },
    story: {
      zh: '吕梅是一名机务兵，负责战机起飞前的检查。她总结的检查口诀在大队推广，帮助新兵更快上手。',
      en: 'Lü Mei is an aircraft maintainer who runs the checks before each take-off. The checklist rhymes she wrote are now used across her group to help new soldiers learn faster.',
    },
  },
  {
    id: 'shi-lei', name: { zh: '石磊', en: 'Shi Lei' }, gender: 'm', birth: 1996, hometown: 'hongshan', ethnicity: 'han',
    category: 'militia', branch: 'militia', era: 'colour', age: 'young', medals: 1,
    unit: { zh: '红山区某街道民兵连', en: 'Militia company of a Hongshan District neighbourhood' },
    honours: { zh: '优秀民兵', en: 'Outstanding militia member' },
    story: {
      zh: '石磊是一名快递员，也是民兵。疫情期间他主动报名，在社区卡点值守，每天为居家老人送药送菜。',
      en: 'Shi Lei is a courier and a militia member. During the epidemic he volunteered at a community checkpoint and delivered medicine and groceries to elderly residents every day.',
    },
  },
  {
    id: 'zeng-ping', name: { zh: '曾平', en: 'Zeng Ping' }, gender: 'm', birth: 1952, hometown: 'ningcheng', ethnicity: 'han',
    category: 'veteran', branch: 'veteran', era: 'muted', age: 'old', medals: 3,
    unit: { zh: '原海军某部战士，退役后任护林员', en: 'Former sailor, later a forest ranger' },
    honours: { zh: '赤峰市“最美退役军人”', en: "Chifeng 'most admired veteran'" },
    story: {
      zh: '曾平退役后在宁城县当了三十年护林员，他守护的山林从未发生过火灾。',
      en: 'After the navy, Zeng Ping spent thirty years as a forest ranger in Ningcheng County; the hills in his care never had a fire.',
    },
  },
  {
    id: 'qiu-gang', name: { zh: '仇刚', en: 'Qiu Gang' }, gender: 'm', birth: 1985, hometown: 'hexigten', ethnicity: 'han',
    category: 'border', branch: 'border', era: 'colour', age: 'middle', medals: 3,
    unit: { zh: '某边防团', en: 'A border-defence regiment' },
    honours: { zh: '个人二等功', en: 'Second-class merit' },
    story: {
      zh: '仇刚在边境巡逻中多次遇险。他坚持每次巡逻后写一页日记，十年写满了二十多本笔记本。',
      en: 'Qiu Gang has faced danger many times on border patrol. After every patrol he writes one page in his diary; in ten years he has filled more than twenty notebooks.',
    },
  },
  {
    id: 'xie-dongsheng', name: { zh: '解东升', en: 'Xie Dongsheng' }, gender: 'm', birth: 1969, hometown: 'aohan', ethnicity: 'han',
    category: 'model-veteran', branch: 'veteran', era: 'colour', age: 'middle', medals: 3,
    unit: { zh: '原武警某部中队长，现任村党支部书记', en: 'Former armed-police squadron leader, now village Party secretary' },
    honours: { zh: '赤峰市“模范退役军人”', en: "Chifeng 'model veteran'" },
    story: {
      zh: '解东升退役后回村担任党支部书记，带领村民修路、打井、种植小米，让村里的小米走进了城市超市。',
      en: 'Back in his village Xie Dongsheng became Party secretary and led villagers to build roads, sink wells and grow millet, which now sells in city supermarkets.',
    },
    scene: { scene: 'greenhouse', caption: { zh: '示例照片：村里的新大棚', en: 'Sample photo: new greenhouses in the village' } },
  },
  {
    id: 'shan-ming', name: { zh: '单明', en: 'Shan Ming' }, gender: 'm', birth: 1999, hometown: 'bairinzuo', ethnicity: 'han',
    category: 'pla-model', branch: 'navy', era: 'colour', age: 'young', medals: 1,
    unit: { zh: '海军某部', en: 'A navy unit' },
    honours: { zh: '优秀士兵', en: 'Outstanding soldier' },
    story: {
      zh: '单明是舰上的信号兵，熟练掌握旗语和灯光通信。休假回乡时，他总会到母校给学弟学妹讲海军生活。',
      en: 'Shan Ming is a ship’s signaller, fluent in flag and lamp signals. On home leave he always visits his old school to tell pupils about life in the navy.',
    },
  },
  {
    id: 'ou-zhenhua', name: { zh: '区振华', en: 'Ou Zhenhua' }, gender: 'm', birth: 1934, death: 2021, hometown: 'linxi', ethnicity: 'han',
    category: 'veteran', branch: 'veteran', era: 'sepia', age: 'old', medals: 3,
    unit: { zh: '原中国人民志愿军某部炮兵', en: "Former artilleryman, Chinese People's Volunteers" },
    honours: { zh: '三等功、抗美援朝纪念章', en: 'Third-class merit; Korean War commemorative medal' },
    story: {
      zh: '区振华十八岁入朝作战，在炮兵阵地上坚守了近两年。晚年他把自己的立功证书和纪念章捐给了当地的纪念馆。',
      en: 'Ou Zhenhua went to Korea at eighteen and held an artillery position for nearly two years. In old age he gave his merit certificates and medals to the local memorial hall.',
    },
  },
  {
    id: 'han-xuemei', name: { zh: '韩雪梅', en: 'Han Xuemei' }, gender: 'f', birth: 1988, hometown: 'aohan', ethnicity: 'han',
    category: 'spouse', branch: 'spouse', era: 'colour', age: 'young', medals: 0,
    unit: { zh: '军属，个体经营者', en: 'Military spouse, shopkeeper' },
    honours: { zh: '赤峰市“最美军嫂”', en: "Chifeng 'most admired military spouse'" },
    story: {
      zh: '韩雪梅经营一家小超市，为军属和退役军人提供优惠。丈夫执行任务期间，她独自照顾患病的公公三年。',
      en: 'Han Xuemei runs a small grocery that gives discounts to military families and veterans. While her husband was away on duty, she nursed her sick father-in-law for three years on her own.',
    },
  },
  {
    id: 'meng-qingsheng', name: { zh: '孟庆生', en: 'Meng Qingsheng' }, gender: 'm', birth: 1958, hometown: 'hongshan', ethnicity: 'han',
    category: 'pla-model', branch: 'army', era: 'muted', age: 'old', medals: 5,
    unit: { zh: '原陆军某部政治委员', en: 'Former political commissar of an army unit' },
    honours: { zh: '个人二等功、个人三等功', en: 'Second-class merit; Third-class merit' },
    story: {
      zh: '孟庆生服役三十二年，始终把战士的冷暖放在心上。退休后他常到中小学讲国防课。',
      en: "Meng Qingsheng served for thirty-two years and always put his soldiers' welfare first. In retirement he often gives defence-education talks in schools.",
    },
  },
];
