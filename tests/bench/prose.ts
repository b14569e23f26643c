/**
 * A bank of parallel English / Simplified Chinese text about the kind of campaign the
 * sample site runs (news, unions, students, events, parliament, supply chains, Hong
 * Kong, accountability, reading), written for the benchmark's synthetic corpora.
 * Templates carry {slots}; filling one fills both languages with the same values, so
 * a translation is the same document in the other language, as real translations are.
 * @module
 */

/** The same text in both languages of the benchmark site. */
export interface Bi {
  en: string;
  zh: string;
}

export type Lang = keyof Bi;

export type Topic = 'news' | 'unions' | 'students' | 'events' | 'parliament' | 'labour' | 'hk' | 'accountability' | 'campaign' | 'reading';

const bi = (en: string, zh: string): Bi => ({ en, zh });

/** Sentences per topic. Slots: {union} {uni} {city} {venue} {company} {person} {number} {small} {pct} {time} {weekday} {day} {year}. */
export const sentences: Record<Topic, Bi[]> = {
  news: [
    bi('Since 2017, more than a million Uyghurs and other Turkic Muslims are estimated to have been held in internment camps in the Uyghur region.', '据估计，自2017年以来，已有超过一百万名维吾尔人和其他突厥裔穆斯林被关押在维吾尔地区的拘押营中。'),
    bi('Leaked police files published this week include photographs of detainees, some of them teenagers, and internal speeches ordering guards to shoot anyone who tries to escape.', '本周公布的泄露警方档案中有被拘押者的照片，其中一些还是青少年，另有内部讲话命令看守向任何试图逃跑的人开枪。'),
    bi('The government has so far refused to say whether it will follow the United States in banning imports made with forced labour.', '迄今为止，政府仍拒绝表态是否会效仿美国，禁止进口以强迫劳动生产的商品。'),
    bi('Reporters who tried to visit the region were followed, stopped at checkpoints and told to delete their footage.', '试图前往该地区采访的记者遭到跟踪，在检查站被拦下，并被要求删除拍摄的素材。'),
    bi('Satellite images show that several of the largest camp compounds have been expanded rather than closed.', '卫星图像显示，几处规模最大的营地非但没有关闭，反而进行了扩建。'),
    bi('Families in the diaspora say they have not heard from relatives for years, and many fear the worst.', '海外的维吾尔家庭说，他们已经多年没有亲人的消息，很多人担心最坏的情况。'),
    bi('The UN human rights office concluded in {year} that the abuses may amount to crimes against humanity.', '联合国人权事务高级专员办事处在{year}年得出结论，这些侵害行为可能构成危害人类罪。'),
    bi('A spokesperson for the embassy dismissed the report as "the lie of the century", but did not answer any of its specific findings.', '大使馆发言人称这份报告是“世纪谎言”，却没有回应其中任何一项具体发现。'),
    bi('The figures come from the government\'s own procurement notices, which were quietly removed from the web after researchers began citing them.', '这些数据来自政府自己的采购公告；在研究人员开始引用之后，这些公告便被悄悄从网上撤下。'),
    bi('Mosques and shrines across the region have been demolished or converted, according to a survey of more than {number} sites.', '一项覆盖{number}多处地点的调查显示，该地区各地的清真寺和麻扎已被拆除或改作他用。'),
    bi('Children whose parents are detained are being placed in state boarding schools where they are taught only in Mandarin.', '父母被拘押的孩子被安置进公立寄宿学校，在那里只接受普通话教学。'),
    bi('The story was picked up by newspapers in {city} and abroad within hours of publication.', '报道发布后几小时内，{city}和海外的报纸便纷纷转载。'),
  ],
  unions: [
    bi('Members of {union} voted by {pct}% to back the motion, which commits the union to campaign against forced labour in supply chains.', '{union}会员以{pct}%的票数通过动议，承诺工会将在供应链中反对强迫劳动。'),
    bi('The motion was proposed by the {city} branch and seconded by delegates from the retail sector.', '该动议由{city}支部提出，零售业代表附议。'),
    bi('Trade unionists know that forced labour anywhere undercuts the wages and conditions of workers everywhere.', '工会成员深知，任何地方的强迫劳动都会压低各地工人的工资和劳动条件。'),
    bi('Branch officers have written to the employer asking it to publish a full list of its suppliers.', '支部负责人已致函雇主，要求其公布完整的供应商名单。'),
    bi('Our solidarity is with Uyghur workers, not with any government, in Beijing, Washington or London.', '我们声援的是维吾尔工人，而不是北京、华盛顿或伦敦的任何政府。'),
    bi('Several branches have already affiliated to the campaign, and more are discussing it at their next meetings.', '已有几个支部加入了本运动，还有更多支部将在下次会议上讨论此事。'),
    bi('Warehouse workers told us they had never been asked where the goods they pack are made.', '仓库工人告诉我们，从来没有人问过他们，自己打包的货物是在哪里生产的。'),
    bi('If you are a union rep, you can put a model motion to your branch; the text is below.', '如果您是工会代表，可以向您的支部提交一份示范动议，全文附在下方。'),
    bi('The national executive has agreed to raise the issue at the next meeting of the TUC General Council.', '全国执委会已同意在英国职工大会总理事会下次会议上提出这一问题。'),
    bi('Independent unions are banned in China, so Uyghur workers cannot organise to defend themselves.', '中国禁止独立工会，因此维吾尔工人无法组织起来保护自己。'),
    bi('{person} told the conference that the fight against forced labour is a fight about the value of every worker\'s time.', '{person}在大会上说，反对强迫劳动的斗争，关乎每一位工人劳动时间的价值。'),
    bi('The {city} trades council has offered its hall free of charge for the next meeting.', '{city}职工理事会已表示愿意免费提供会堂，供下次会议使用。'),
  ],
  students: [
    bi('Students at {uni} packed the hall for the general meeting, and the vote was not close.', '{uni}的学生挤满了全体大会的会场，投票结果毫无悬念。'),
    bi('Chinese international students who support the campaign have asked us not to publish their names.', '支持本运动的中国留学生请我们不要公布他们的名字。'),
    bi('The students\' union will now lobby the university to review its investments and research partnerships.', '学生会接下来将游说校方审查其投资和科研合作项目。'),
    bi('Some students reported being photographed at the meeting and worry that the images will be passed on.', '一些学生反映他们在会上被人拍照，担心照片会被转交给他人。'),
    bi('A petition started by a first-year student at {uni} gathered {number} signatures in its first week.', '{uni}一名一年级学生发起的请愿在第一周就收集到了{number}个签名。'),
    bi('The university said it "takes academic freedom seriously" but did not say what it would do.', '校方表示“高度重视学术自由”，但没有说明将采取什么措施。'),
    bi('Student societies from across {city} have offered to co-host the next teach-in.', '{city}各高校的学生社团都表示愿意联合主办下一次宣讲会。'),
    bi('Several speakers pointed out that the same surveillance technology is sold to police forces around the world.', '几位发言人指出，同样的监控技术正在被出售给世界各地的警察部门。'),
    bi('Uyghur students in Britain describe being contacted by police back home and asked to report on their classmates.', '在英国的维吾尔学生讲述，家乡的警察曾联系他们，要求他们汇报同学的情况。'),
    bi('The motion also calls on the university to offer hardship funds to students cut off from their families.', '该动议还呼吁校方为与家人失去联系的学生提供困难补助。'),
  ],
  events: [
    bi('The meeting starts at {time} on {weekday}, {day}, at {venue}, and will also be streamed online.', '会议于{day}（{weekday}）{time}在{venue}举行，并将同步线上直播。'),
    bi('Speakers include {person}, who will talk about their family\'s experience.', '发言嘉宾包括{person}，将讲述其家人的亲身经历。'),
    bi('The venue is step-free, and there will be British Sign Language interpretation.', '会场设有无障碍通道，并提供英国手语翻译。'),
    bi('Please bring a candle; we will gather in silence for a few minutes before the speeches.', '请带上一支蜡烛；发言开始之前，我们将静默聚集几分钟。'),
    bi('Entry is free, but please register so that we know how many chairs to set out.', '活动免费入场，但请提前登记，以便我们准备足够的座位。'),
    bi('Around {number} people joined the vigil despite the rain, many holding photographs of missing relatives.', '尽管下着雨，仍有约{number}人参加了守夜活动，许多人手持失踪亲人的照片。'),
    bi('Interpretation between English, Mandarin and Uyghur will be available throughout.', '活动全程提供英语、普通话和维吾尔语之间的传译。'),
    bi('After the talks there will be time to plan the next steps over tea.', '讲座结束后，大家可以边喝茶边商量下一步的行动。'),
    bi('Stewards will be wearing yellow armbands; speak to them if anyone is bothering you.', '纠察员会佩戴黄色袖章；如果有人骚扰您，请告知他们。'),
    bi('We are meeting outside {venue} at {time}; look for the blue flags.', '我们将于{time}在{venue}集合，请认准蓝色旗帜。'),
    bi('The screening will be followed by a discussion with the director and {person}.', '放映结束后，导演将与{person}一起同观众交流。'),
    bi('Food from a Uyghur restaurant in {city} will be served, with all proceeds going to the legal fund.', '现场将供应{city}一家维吾尔餐馆的食物，全部收入将捐给法律基金。'),
  ],
  parliament: [
    bi('The amendment would have allowed the High Court to rule on whether a trading partner is committing genocide.', '该修正案原本将允许高等法院裁定某个贸易伙伴是否正在实施种族灭绝。'),
    bi('It was defeated by a margin of just {small} votes, after several government MPs rebelled.', '在数名执政党议员倒戈之后，该修正案仅以{small}票之差被否决。'),
    bi('Write to your MP and ask them how they voted, and why.', '请写信给您选区的议员，问问他们是怎样投票的，理由又是什么。'),
    bi('A cross-party group of peers has tabled a new version of the amendment for the report stage.', '一个跨党派的上议院议员小组已为报告阶段提交了新版修正案。'),
    bi('Ministers say that determining genocide is a matter for the courts, yet they keep voting against giving the courts that role.', '大臣们说，认定种族灭绝应由法院决定，却一再投票反对赋予法院这一职能。'),
    bi('The select committee heard evidence from researchers, lawyers and {person}.', '特别委员会听取了研究人员、律师以及{person}的证词。'),
    bi('More than {number} constituents wrote to their MPs in the week before the vote.', '投票前一周，有超过{number}名选民写信给自己选区的议员。'),
    bi('The debate ran late into the night, and the minister\'s reply answered none of the questions raised.', '辩论一直持续到深夜，而大臣的答复没有回应提出的任何一个问题。'),
  ],
  labour: [
    bi('Roughly a fifth of the world\'s cotton is grown in the Uyghur region.', '全世界约五分之一的棉花产自维吾尔地区。'),
    bi('Under "labour transfer" schemes, workers are moved to factories far from home and kept under constant watch.', '在“劳动力转移”项目下，工人被送往远离家乡的工厂，并处于时刻监视之下。'),
    bi('{company} told us that it had "no direct suppliers" in the region, which is not the same as saying that none of its products are made there.', '{company}告诉我们，它在该地区“没有直接供应商”，但这并不等于说它的产品都不是在那里生产的。'),
    bi('Audits on the ground are close to impossible, because workers cannot speak freely when the state controls every interview.', '实地审核几乎无从谈起，因为当每一次访谈都在国家的掌控之下，工人根本不可能畅所欲言。'),
    bi('Polysilicon for solar panels, aluminium for car parts and tomato paste have all been traced back to the region.', '用于太阳能电池板的多晶硅、用于汽车零部件的铝以及番茄酱，都已被追溯到该地区。'),
    bi('We do not think a consumer boycott, on its own, will free anyone.', '我们认为，单靠消费者抵制并不能让任何人获得自由。'),
    bi('The law should require companies to prove that their supply chains are clean, not leave it to campaigners to prove that they are not.', '法律应当要求企业证明其供应链是干净的，而不是让活动人士去证明它不干净。'),
    bi('Because raw cotton is blended and traded many times, a retailer can sincerely say it does not buy from the region while still selling clothes that contain Uyghur cotton.', '由于原棉要经过多次混纺与转手，零售商可以真心实意地说自己不从该地区采购，却依然在出售含有维吾尔棉花的衣服。'),
    bi('{company} has since published a list of {number} factories, but not the spinning mills that supply them.', '{company}随后公布了一份包含{number}家工厂的名单，却没有列出为这些工厂供货的纺纱厂。'),
    bi('Council pension funds in {city} still hold shares in firms named in the research.', '{city}的地方议会养老基金仍持有研究报告中点名企业的股份。'),
  ],
  hk: [
    bi('Since the national security law came into force, dozens of activists, journalists and union leaders have been jailed.', '自《国安法》生效以来，已有数十名社运人士、记者和工会领袖身陷囹圄。'),
    bi('Many Hongkongers now in Britain see the fate of Uyghurs as a warning of what is possible.', '许多如今身在英国的香港人把维吾尔人的遭遇视为一种警示：这样的事情是可能发生的。'),
    bi('The vigil joined Hongkongers, Uyghurs, Tibetans and trade unionists in one crowd.', '守夜活动让香港人、维吾尔人、藏人和工会成员聚集在一起。'),
    bi('Organisers asked participants to cover their faces if they have family in Hong Kong or mainland China.', '组织者请在香港或中国大陆有家人的参与者遮住面部。'),
    bi('Hong Kong\'s largest independent trade union confederation voted to disband under pressure from the national security police.', '在国安警察的压力下，香港最大的独立工会联合会投票决定解散。'),
    bi('{person} spoke about rebuilding a union in exile, with members scattered across {number} towns.', '{person}讲述了如何在流亡中重建工会，其会员分散在{number}个城镇。'),
  ],
  accountability: [
    bi('Survivors\' testimony has been gathered by independent tribunals and human rights groups.', '独立法庭和人权组织已经收集了幸存者的证词。'),
    bi('Lawyers acting for Uyghur groups have asked the International Criminal Court to open an investigation.', '代表维吾尔团体的律师已请求国际刑事法院展开调查。'),
    bi('The evidence is documentary, visual and personal, and it points in the same direction.', '这些证据有文件、有影像、也有亲历者的讲述，而且都指向同一个方向。'),
    bi('Sanctions on a handful of officials are a start, but they are not a substitute for justice.', '对少数官员实施制裁只是一个开始，但不能代替正义。'),
    bi('One survivor described being held in a cell with {small} other women and made to sing patriotic songs before meals.', '一位幸存者讲述了自己与另外{small}名女性被关在同一间牢房里、每顿饭前都被迫唱爱国歌曲的经历。'),
    bi('Whatever the diplomatic cost, we believe that the truth has to be established and recorded.', '无论外交代价如何，我们都认为真相必须被查明并记录下来。'),
    bi('The tribunal sat for {small} days and heard from more than {number} witnesses and experts.', '该法庭共开庭{small}天，听取了{number}多名证人和专家的陈述。'),
    bi('Records of the camps\' construction tenders, guard recruitment and food purchases are all in the public domain.', '有关营地建设招标、看守招聘和食品采购的记录都是公开的。'),
  ],
  campaign: [
    bi('This statement sets out where our campaign stands.', '本声明阐明我们运动的立场。'),
    bi('We are a small volunteer group, and everything we do depends on people giving an evening here and there.', '我们是一个小小的志愿者团体，所做的一切都有赖于大家不时抽出一个晚上来帮忙。'),
    bi('Thank you to everyone who came, signed, shared and donated.', '感谢每一位到场、签名、转发和捐款的朋友。'),
    bi('We will publish a full report of the meeting, with the speakers\' notes, next week.', '我们将于下周发布会议的完整报告，并附上发言人的讲稿。'),
    bi('If you would like to help translate our materials into Chinese or Uyghur, please get in touch.', '如果您愿意帮助我们把资料翻译成中文或维吾尔文，请与我们联系。'),
    bi('None of this is about "the Chinese" as a people; many of our most committed members are Chinese.', '这一切都不是针对作为一个民族的“中国人”；我们最投入的成员中就有很多是中国人。'),
    bi('Solidarity across borders is not a slogan for us: it is the only way any of this changes.', '跨越国界的团结对我们来说不是一句口号，而是改变这一切的唯一途径。'),
    bi('We have sent the letter to the Foreign Secretary and will publish any reply in full.', '我们已将这封信寄给外交大臣，收到任何答复都将全文公布。'),
    bi('The full recording is available on our video channel, with subtitles in both languages.', '完整录像已上传至我们的视频频道，并配有中英双语字幕。'),
    bi('Our next organising meeting is open to everyone, whether or not you have been involved before.', '下一次组织会议向所有人开放，无论您以前是否参与过。'),
    bi('Many people ask what they can do from here; the honest answer is: more than you think.', '很多人问，身在这里能做些什么；老实说，能做的比您想象的多。'),
    bi('We reject anti-Chinese racism in all its forms, including when it is dressed up as concern for human rights.', '我们反对一切形式的反华种族主义，包括那些打着关心人权旗号的种族主义。'),
    bi('The {city} group now meets every other {weekday}, and new faces are always welcome.', '{city}小组现在每隔一周的{weekday}聚会一次，随时欢迎新朋友。'),
  ],
  reading: [
    bi('This reading list is a starting point, not the last word.', '这份书单只是一个起点，而不是定论。'),
    bi('Each of the reports below is free to read online, and most have summaries in Chinese.', '下列报告均可在网上免费阅读，大多数附有中文摘要。'),
    bi('If you only have an hour, start with the testimonies; the statistics will make more sense afterwards.', '如果您只有一个小时，请先读证词；之后再看统计数据会更容易理解。'),
    bi('The book is written for a general reader and assumes no knowledge of the region.', '这本书面向普通读者，不需要任何关于该地区的背景知识。'),
    bi('The author spent {small} years interviewing families in Kazakhstan, Turkey and Britain.', '作者花了{small}年时间，在哈萨克斯坦、土耳其和英国采访了许多家庭。'),
    bi('Read it alongside the government\'s own white papers, which say more than they mean to.', '请把它和政府自己发布的白皮书对照着读，那些白皮书透露的东西比其本意要多。'),
  ],
};

export const headings: Bi[] = [
  bi('Background', '背景'), bi('What happened', '事情经过'), bi('Why it matters', '为什么这很重要'),
  bi('What we are calling for', '我们的诉求'), bi('What you can do', '您可以做什么'), bi('The motion', '动议全文'),
  bi('Practical details', '活动须知'), bi('Getting there', '交通指南'), bi('Speakers', '发言嘉宾'),
  bi('The vote', '投票结果'), bi('Questions to put to retailers', '向零售商提出的问题'), bi('Further reading', '延伸阅读'),
  bi('A note on safety', '安全提示'), bi('Accessibility', '无障碍信息'), bi('The evidence', '证据'),
  bi('What the government says', '政府的说法'), bi('Next steps', '下一步'), bi('Timeline', '时间线'),
  bi('Report back', '活动回顾'), bi('In their own words', '亲历者自述'), bi('Supply chains', '供应链'),
  bi('In Parliament', '议会动态'), bi('On campus', '校园动态'), bi('In the workplace', '在工作场所'),
  bi('Frequently asked questions', '常见问题'), bi('How to sign', '如何签名'), bi('Thanks', '致谢'),
  bi('Sources', '资料来源'), bi('Media coverage', '媒体报道'), bi('Model motion', '示范动议'),
];

export const listItems: Bi[] = [
  bi('Write to your MP using the template below.', '使用下方的模板给您选区的议员写信。'),
  bi('Raise the model motion at your union branch.', '在您所在的工会支部提出示范动议。'),
  bi('Ask your university to publish its investments.', '要求您的大学公布其投资情况。'),
  bi('Share this post with Chinese-speaking friends.', '把这篇文章分享给讲中文的朋友。'),
  bi('Come to the next organising meeting in {city}.', '参加在{city}举行的下一次组织会议。'),
  bi('Sign the petition and share the link.', '在请愿书上签名并转发链接。'),
  bi('Donate to the legal fund for survivors.', '为幸存者法律基金捐款。'),
  bi('Ask {company} where its cotton comes from.', '询问{company}其棉花来自哪里。'),
  bi('UK laws that require companies to show their supply chains are free of forced labour;', '英国立法要求企业证明其供应链中不存在强迫劳动；'),
  bi('full, public tracing of cotton from field to shop;', '对棉花从田间到门店的全过程进行完整、公开的溯源；'),
  bi('an independent UN investigation with access to the region;', '由联合国进行可进入该地区的独立调查；'),
  bi('the release of all those detained for their religion or language;', '释放所有因宗教或语言而被拘押的人；'),
  bi('safe routes and protection for Uyghurs and Hongkongers in the UK;', '为在英国的维吾尔人和香港人提供安全途径与保护；'),
  bi('an end to police cooperation and surveillance exports.', '停止警务合作和监控技术出口。'),
  bi('Bring warm clothes: the vigil is outdoors.', '请穿暖和些：守夜活动在户外举行。'),
  bi('The nearest Underground station is Holborn.', '最近的地铁站是霍尔本站。'),
  bi('Children are welcome.', '欢迎带孩子参加。'),
  bi('Leaflets in English and Chinese will be available.', '现场提供中英文传单。'),
  bi('Book a room for the teach-in', '预订宣讲会场地'),
  bi('Print {number} leaflets', '印制{number}份传单'),
  bi('Translate the speakers\' notes', '翻译发言人讲稿'),
  bi('Contact the local press in {city}', '联系{city}当地媒体'),
  bi('Set up the livestream', '设置网络直播'),
  bi('Report of the independent tribunal ({year})', '独立法庭报告（{year}年）'),
  bi('Leaked police files and analysis', '泄露的警方档案及分析'),
  bi('Survivor testimony collections', '幸存者证词汇编'),
  bi('Research on labour transfer schemes', '关于劳动力转移项目的研究'),
  bi('Statements by affiliated unions, including {union}', '各附属工会的声明，包括{union}'),
];

export const updateNotes: Bi[] = [
  bi('Students voted by {pct}% to back the motion.', '学生以{pct}%的票数通过了该动议。'),
  bi('The venue has changed to {venue}.', '活动地点改为{venue}。'),
  bi('The recording and speakers\' notes are now online.', '录像和发言人讲稿现已上线。'),
  bi('We have received a reply from the minister; we will publish it in full.', '我们已收到大臣的回复，将全文公布。'),
  bi('The start time has moved to {time}.', '开始时间改为{time}。'),
  bi('Corrected the number of signatures, which we had overstated.', '更正了签名人数，此前的数字有误，偏高。'),
  bi('{union} has now affiliated to the campaign.', '{union}现已加入本运动。'),
  bi('The petition closed with {number} signatures.', '请愿以{number}个签名结束。'),
  bi('Added a Chinese version of the model letter.', '新增示范信件的中文版本。'),
  bi('The event is fully booked; join the waiting list or watch online.', '活动名额已满，请登记候补或在线观看。'),
  bi('The amendment returns to the Commons on {day}.', '该修正案将于{day}重返下议院审议。'),
  bi('Added links to the full report and its summary.', '添加了完整报告及其摘要的链接。'),
  bi('{company} has now published its supplier list.', '{company}现已公布其供应商名单。'),
];

export const titles: Bi[] = [
  bi('{uni} students vote to support Uyghur solidarity', '{uni}学生投票支持声援维吾尔人'),
  bi('{union} backs forced labour motion', '{union}通过反对强迫劳动的动议'),
  bi('{city} branch meeting: forced labour in our supply chains', '{city}支部会议：我们供应链中的强迫劳动'),
  bi('Vigil for the disappeared in {city}', '{city}失踪者守夜活动'),
  bi('Statement on the leaked police files', '关于泄露警方档案的声明'),
  bi('Open letter to {company}', '致{company}的公开信'),
  bi('Report back from the day of action in {city}', '{city}行动日活动回顾'),
  bi('Teach-in at {uni}: surveillance, tech and the camps', '{uni}宣讲会：监控、科技与集中营'),
  bi('Genocide amendment defeated by {small} votes', '种族灭绝修正案以{small}票之差被否决'),
  bi('Why a consumer boycott alone is not enough', '为什么单靠消费者抵制远远不够'),
  bi('Reading guide: understanding the evidence', '阅读指南：理解现有证据'),
  bi('A survivor speaks in {city}', '幸存者在{city}讲述亲身经历'),
  bi('Solidarity from Hong Kong trade unionists in exile', '流亡香港工会人士的声援'),
  bi('Model motion for union branches', '工会支部示范动议'),
  bi('What the cotton audits cannot tell us', '棉花审核无法告诉我们的事'),
  bi('Letter from Chinese-speaking supporters in {city}', '{city}华语支持者的来信'),
  bi('Neither Washington nor Beijing: our position', '不要华盛顿，也不要北京：我们的立场'),
  bi('Solar panels and forced labour: questions for {city} council', '太阳能电池板与强迫劳动：向{city}议会提出的问题'),
  bi('Film screening and discussion in {city}', '{city}电影放映及讨论会'),
  bi('{union} conference: what was decided', '{union}大会：通过了哪些决议'),
  bi('Petition to {uni}: review research partnerships', '致{uni}的请愿：审查科研合作项目'),
  bi('Families still waiting for news', '仍在等待消息的家人们'),
  bi('Commemorating Urumqi, {year}', '纪念乌鲁木齐事件（{year}年）'),
  bi('Online meeting: organising in the workplace', '线上会议：在工作场所组织起来'),
  bi('{company} replies to our questions', '{company}对我们问题的答复'),
  bi('Human Rights Day protest outside the embassy', '人权日大使馆外抗议活动'),
  bi('Our response to the UN assessment', '我们对联合国评估报告的回应'),
  bi('Bookstall and fundraiser in {city}', '{city}书摊与募捐活动'),
  bi('Interview: a Uyghur student at {uni}', '专访：{uni}的一位维吾尔学生'),
  bi('Sanctions are a start, not the end', '制裁只是开始，而非终点'),
];

/** Phrases that become link text, with where they point. */
export const links: { text: Bi; url: string }[] = [
  { text: bi('the full report', '完整报告'), url: 'https://www.ohchr.org/en/documents/country-reports/ohchr-assessment-human-rights-concerns-xinjiang' },
  { text: bi('the tribunal\'s judgment', '法庭判决书'), url: 'https://uyghurtribunal.com/' },
  { text: bi('the data project', '数据项目'), url: 'https://xjdp.aspi.org.au/' },
  { text: bi('the debate in Hansard', '议会议事录中的辩论'), url: 'https://hansard.parliament.uk/' },
  { text: bi('the BBC\'s investigation', 'BBC的调查报道'), url: 'https://www.bbc.co.uk/news/world-asia-china-22278037' },
  { text: bi('the TUC\'s statement', '英国职工大会的声明'), url: 'https://www.tuc.org.uk/' },
  { text: bi('the police files', '警方档案'), url: 'https://www.xinjiangpolicefiles.org/' },
  { text: bi('the coalition\'s call to action', '联盟的行动倡议'), url: 'https://enduyghurforcedlabour.org/' },
  { text: bi('our petition', '我们的请愿书'), url: 'https://petition.parliament.uk/' },
  { text: bi('the model letter', '示范信件'), url: 'mailto:campaign@example.org?subject=Model%20letter' },
];

/** Fill-ins: each slot's possible values in both languages. */
export const slotValues: Record<'union' | 'uni' | 'city' | 'venue' | 'company' | 'person' | 'weekday', Bi[]> = {
  union: [
    bi('UCU', '大学与学院工会（UCU）'), bi('Unison', '公共服务业工会Unison'), bi('Unite', '联合工会Unite'),
    bi('the NEU', '全国教育工会（NEU）'), bi('the RMT', '铁路、海事与运输工会（RMT）'), bi('PCS', '公共与商业服务工会（PCS）'),
    bi('the GMB', 'GMB工会'), bi('the CWU', '通讯工人工会（CWU）'), bi('Usdaw', '商店、分销及相关行业工会（Usdaw）'),
  ],
  uni: [
    bi('SOAS', '伦敦大学亚非学院'), bi('Goldsmiths', '伦敦大学金史密斯学院'), bi('Manchester', '曼彻斯特大学'),
    bi('Leeds', '利兹大学'), bi('King\'s College London', '伦敦国王学院'), bi('Edinburgh', '爱丁堡大学'),
    bi('Sheffield', '谢菲尔德大学'), bi('Bristol', '布里斯托大学'), bi('Glasgow', '格拉斯哥大学'),
  ],
  city: [
    bi('London', '伦敦'), bi('Manchester', '曼彻斯特'), bi('Glasgow', '格拉斯哥'), bi('Birmingham', '伯明翰'),
    bi('Leeds', '利兹'), bi('Cardiff', '加的夫'), bi('Newcastle', '纽卡斯尔'), bi('Bristol', '布里斯托'),
    bi('Sheffield', '谢菲尔德'), bi('Edinburgh', '爱丁堡'), bi('Nottingham', '诺丁汉'), bi('Liverpool', '利物浦'),
  ],
  venue: [
    bi('Conway Hall', '康威礼堂'), bi('the union\'s regional office', '工会地区办公室'), bi('the students\' union building', '学生会大楼'),
    bi('Friends Meeting House', '贵格会会所'), bi('the embassy on Portland Place', '波特兰坊的大使馆外'), bi('Parliament Square', '议会广场'),
    bi('the Central Library', '中央图书馆'), bi('the trades council hall', '职工理事会会堂'),
  ],
  company: [
    bi('Brightline Fashion', '明线时装'), bi('Harbour & Co.', '港湾公司'), bi('Meridian Solar', '子午线太阳能'),
    bi('Kestrel Electronics', '红隼电子'), bi('Northgate Apparel', '北门服饰'), bi('Fairway Foods', '锦程食品'),
  ],
  person: [
    bi('a Uyghur survivor of the camps', '一位从集中营幸存下来的维吾尔人'), bi('the branch secretary', '支部书记'),
    bi('a Hong Kong trade unionist now living in exile', '一位流亡海外的香港工会人士'), bi('a researcher who has studied the leaked police files', '一位研究泄露警方档案的学者'),
    bi('a local councillor', '一位地方议员'), bi('a student organiser', '一位学生组织者'), bi('a Uyghur poet', '一位维吾尔诗人'),
    bi('Aynur Tohti', '阿依努尔·托合提'), bi('Tom Hargreaves', '汤姆·哈格里夫斯'), bi('Sarah Okafor', '莎拉·奥卡福'),
    bi('Lam Ka-wing', '林嘉颖'), bi('Dilnur Abdulla', '迪丽努尔·阿布都拉'),
  ],
  weekday: [
    bi('Monday', '星期一'), bi('Tuesday', '星期二'), bi('Wednesday', '星期三'), bi('Thursday', '星期四'),
    bi('Friday', '星期五'), bi('Saturday', '星期六'), bi('Sunday', '星期日'),
  ],
};

export const times: Bi[] = [
  bi('6pm', '晚上6点'), bi('6.30pm', '晚上6点半'), bi('7pm', '晚上7点'), bi('7.30pm', '晚上7点半'),
  bi('2pm', '下午2点'), bi('11am', '上午11点'), bi('noon', '中午12点'),
];

export const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Questions and reasons for the retailers' table. */
export const retailerQuestions: [Bi, Bi][] = [
  [bi('Can you trace your cotton back to the farm?', '你们能否把棉花追溯到种植农场？'), bi('Most brands can only trace as far as the final factory.', '大多数品牌只能追溯到最后一道工序的工厂。')],
  [bi('Do any of your suppliers take part in labour transfer schemes?', '你们的供应商是否参与“劳动力转移”项目？'), bi('These schemes are the main route into coerced work.', '这类项目是强迫劳动的主要途径。')],
  [bi('How do you verify audits in the region?', '你们如何核实在该地区进行的审核？'), bi('Independent inspection there is not currently possible.', '目前在当地无法开展独立核查。')],
  [bi('Will you publish your full supplier list?', '你们是否愿意公布完整的供应商名单？'), bi('Transparency lets workers and researchers check the claims.', '只有公开透明，工人和研究人员才能核实企业的说法。')],
  [bi('Which spinning mills supply your fabric?', '你们的面料来自哪些纺纱厂？'), bi('Cotton is blended at the mill, out of sight of most audits.', '棉花在纺纱厂混纺，大多数审核都看不到这一环节。')],
  [bi('Will you recognise unions in your warehouses?', '你们是否承认仓库里的工会？'), bi('Workers here are the best placed to ask questions.', '这里的工人最有条件提出问题。')],
];

/** Sessions of an event programme. */
export const sessions: Bi[] = [
  bi('Welcome and introductions', '欢迎与介绍'), bi('Testimony', '亲历者证词'), bi('The evidence so far', '现有证据概述'),
  bi('Questions from the floor', '现场提问'), bi('Workshop: organising at work', '工作坊：在工作场所组织起来'),
  bi('Film extract', '影片片段'), bi('Next steps and close', '下一步行动与闭幕'), bi('Break', '茶歇'),
];

/** Fenced code blocks a campaign post might carry: templates, data, a volunteer's command. */
export const codeBlocks: { lang: string; text: Bi }[] = [
  {
    lang: 'text',
    text: bi(
      'Dear {person},\n\nI am writing as your constituent to ask how you voted on the genocide amendment,\nand whether you will support it when it returns to the Commons.\n\nYours sincerely,',
      '尊敬的{person}：\n\n我是您选区的选民，特此写信询问您在种族灭绝修正案上是如何投票的，\n以及当该修正案重返下议院时，您是否会支持它。\n\n此致\n敬礼',
    ),
  },
  { lang: 'csv', text: bi('city,signatures,events\n{city},{number},{small}\nLondon,4120,12\nGlasgow,860,3', '城市,签名数,活动数\n{city},{number},{small}\n伦敦,4120,12\n格拉斯哥,860,3') },
  { lang: 'sh', text: bi('# export this month\'s signatures for the {city} group\nnpm run export -- --since {year}-01-01 --format csv > signatures.csv', '# 导出{city}小组本月的签名\nnpm run export -- --since {year}-01-01 --format csv > signatures.csv') },
  { lang: 'json', text: bi('{\n  "event": "vigil",\n  "city": "{city}",\n  "start": "{year}-07-05T18:00",\n  "stewards": {small}\n}', '{\n  "event": "守夜",\n  "city": "{city}",\n  "start": "{year}-07-05T18:00",\n  "stewards": {small}\n}') },
  { lang: 'text', text: bi('Subject: Where does your cotton come from?\nTo: customer.services@example.com', '主题：你们的棉花来自哪里？\n收件人：customer.services@example.com') },
];

/** Tags of the benchmark site, with the topic each one draws its prose from. */
export const tags: { slug: string; label: Bi; topic: Topic }[] = [
  { slug: 'solidarity', label: bi('Solidarity', '团结'), topic: 'campaign' },
  { slug: 'trade-unions', label: bi('Trade unions', '工会'), topic: 'unions' },
  { slug: 'students', label: bi('Students', '学生'), topic: 'students' },
  { slug: 'parliament', label: bi('Parliament', '议会'), topic: 'parliament' },
  { slug: 'forced-labour', label: bi('Forced labour', '强迫劳动'), topic: 'labour' },
  { slug: 'events', label: bi('Events', '活动'), topic: 'events' },
  { slug: 'hong-kong', label: bi('Hong Kong', '香港'), topic: 'hk' },
  { slug: 'accountability', label: bi('Accountability', '追责'), topic: 'accountability' },
  { slug: 'reading', label: bi('Reading', '推荐阅读'), topic: 'reading' },
  { slug: 'surveillance', label: bi('Surveillance', '监控'), topic: 'news' },
  { slug: 'diaspora', label: bi('Diaspora', '海外社群'), topic: 'news' },
  { slug: 'petitions', label: bi('Petitions', '请愿'), topic: 'campaign' },
  { slug: 'sanctions', label: bi('Sanctions', '制裁'), topic: 'accountability' },
  { slug: 'culture', label: bi('Culture', '文化'), topic: 'events' },
  { slug: 'universities', label: bi('Universities', '高校'), topic: 'students' },
  { slug: 'supply-chains', label: bi('Supply chains', '供应链'), topic: 'labour' },
];
