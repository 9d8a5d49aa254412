using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Platform.Validation;

namespace Fazhi.Modules.LegalityReview.Demo;

/// <summary>演示文本: titles, units, counterparties and opinion wording of the demo town's reviews.</summary>
internal static class DemoTexts
{
    public const string Town = "演示镇";

    public static readonly string[] Units =
    [
        "镇党政办公室", "镇依法治镇办（司法所）", "镇经济发展局", "镇城市建设管理局", "镇综合行政执法办", "镇农林水务局",
        "镇社会事务局", "镇公共服务办", "镇应急管理办", "镇财政分局", "镇城市更新中心", "镇生态环境分局", "镇宣传教育文体旅游办",
    ];

    /// <summary>The documents named in the report itself, each reviewed once (type, title, unit).</summary>
    public static readonly (ReviewDocumentType Type, string Title, string Unit)[] NamedDocuments =
    [
        (ReviewDocumentType.PartyDocument, "中共演示镇委员会关于印发《演示镇2022年全面依法治镇工作要点》的通知", "镇依法治镇办（司法所）"),
        (ReviewDocumentType.PartyDocument, "中共演示镇委员会关于印发《法治演示镇建设实施方案（2022-2025年）》的通知", "镇依法治镇办（司法所）"),
        (ReviewDocumentType.PartyDocument, "中共演示镇委员会关于印发《演示镇关于加强法治乡村建设的实施方案》的通知", "镇依法治镇办（司法所）"),
        (ReviewDocumentType.PartyDocument, "中共演示镇委员会关于印发《演示镇关于开展基层矛盾纠纷大排查大化解专项行动实施方案》的通知", "镇依法治镇办（司法所）"),
        (ReviewDocumentType.GovernmentDocument, "演示镇人民政府关于印发《演示镇重大行政决策程序实施细则》的通知", "镇党政办公室"),
        (ReviewDocumentType.GovernmentDocument, "演示镇人民政府关于公布《演示镇2022年重大行政决策事项目录》的通知", "镇党政办公室"),
        (ReviewDocumentType.GovernmentDocument, "演示镇人民政府关于印发《演示镇综合行政执法办重大行政执法决定法制审核制度》的通知", "镇综合行政执法办"),
        (ReviewDocumentType.MajorDecisionDraft, "演示镇东村城市更新项目实施方案（草案）", "镇城市更新中心"),
        (ReviewDocumentType.MajorDecisionDraft, "演示镇西村城市更新项目实施方案（草案）", "镇城市更新中心"),
    ];

    public static readonly string[] Topics =
    [
        "安全生产专项整治", "城乡生活垃圾分类", "森林防灭火", "出租屋消防安全整治", "违法建设治理", "河长制", "食品安全示范镇创建",
        "农村集体经济组织财务管理", "政府投资项目管理", "政府采购内部控制", "政务服务“一网通办”", "优化营商环境", "村级工程建设项目管理",
        "防汛防台风", "突发公共卫生事件应急处置", "水污染防治攻坚", "消防安全网格化管理", "养老服务体系建设", "义务教育学位保障",
        "退役军人服务保障", "农村人居环境整治", "老旧小区改造", "公共停车管理", "住宅小区物业管理", "“数字政府”改革建设",
        "公共法律服务体系建设", "政务公开", "矛盾纠纷多元化解", "信访工作责任制落实", "村（社区）法律顾问", "行政执法“三项制度”",
        "镇属企业国有资产管理", "镇级财政预算绩效管理", "历史文化街区保护", "工业园区提质增效", "知识产权保护", "扬尘污染防治",
        "燃气安全专项整治", "校园周边环境整治", "市场主体信用监管", "大气污染防治", "禁毒工作", "普法依法治理", "征兵工作",
    ];

    public static readonly string[] PartyTemplates =
    [
        "中共演示镇委员会关于加强{0}工作的意见",
        "中共演示镇委员会办公室关于印发《演示镇{0}工作实施方案》的通知",
    ];

    public static readonly string[] GovernmentTemplates =
    [
        "演示镇人民政府关于印发《演示镇2022年{0}工作方案》的通知",
        "演示镇人民政府办公室关于进一步做好{0}工作的通知",
        "演示镇人民政府关于印发《演示镇{0}工作考核办法》的通知",
    ];

    public static readonly string[] DocumentItems =
    [
        "建议在制定依据中补充引用现行有效的上位法名称及条款，并删除已废止文件的表述。",
        "第三条设定的前置条件没有法律、法规依据，建议删除或改为指导性表述。",
        "涉及公民、法人和其他组织权利义务的条款，建议明确实施主体、办理程序和办理时限。",
        "文件中“罚款”“没收”等表述超出镇级权限，建议删除，改为依法移交有关部门处理。",
        "建议在起草说明中补充征求意见及采纳情况。",
        "建议明确文件的施行日期，并与相关配套制度的施行日期相衔接。",
        "部分用语不规范，建议将“必须”修改为“应当”，并统一全文表述。",
        "资金补助条款建议明确补助标准、申请条件和监督措施，避免对特定经营者给予选择性补助。",
        "责任追究条款建议依照《中华人民共和国公职人员政务处分法》表述，删除自行设定的处分种类。",
    ];

    public static readonly string[] ContractItems =
    [
        "合同相对人名称应与营业执照一致，建议核对其统一社会信用代码及授权代表的授权委托书。",
        "建议将付款节点与验收结果挂钩，并约定验收不合格的处理方式。",
        "违约责任约定不对等，建议增加相对人逾期履行的违约金计算方式及上限。",
        "争议解决条款建议约定由合同履行地人民法院管辖，删除仲裁与诉讼并存的表述。",
        "建议补充保密、安全生产及廉洁从业条款。",
        "合同价款建议明确是否含税、税率及发票类型。",
        "建议明确合同变更、解除的条件和程序，以及解除后的结算方式。",
        "履约保证金的收取比例及退还时间建议符合《保障中小企业款项支付条例》的规定。",
    ];

    public static readonly string[] Advisers = ["广东演法律师事务所 陈志明律师", "广东演法律师事务所 林晓雯律师"];

    /// <summary>What a contract is for: title pattern ({0} = year), counterparty trade, legal form, amount range in 元.</summary>
    public sealed record ContractKind(string Title, string Trade, string Form, long MinYuan, long MaxYuan);

    public static readonly ContractKind[] Services =
    [
        new("演示镇{0}年市政道路及绿化养护服务合同", "园林绿化", "company", 800_000, 3_600_000),
        new("演示镇{0}年环卫保洁及垃圾清运服务合同", "环境服务", "company", 2_000_000, 9_000_000),
        new("演示镇{0}年政府机关物业管理服务合同", "物业管理", "company", 600_000, 2_400_000),
        new("演示镇{0}年保安服务合同", "保安服务", "company", 500_000, 1_800_000),
        new("演示镇人民政府{0}年度法律顾问服务合同", "律师事务所", "law", 120_000, 360_000),
        new("演示镇{0}年河涌保洁服务合同", "环境服务", "company", 400_000, 1_500_000),
        new("演示镇{0}年视频监控系统运维服务合同", "信息技术", "company", 300_000, 1_200_000),
        new("演示镇{0}年消防设施维护保养合同", "消防技术", "company", 150_000, 600_000),
        new("演示镇{0}年机关食堂食材配送合同", "农产品配送", "company", 300_000, 900_000),
        new("演示镇政务服务大厅{0}年运营服务合同", "信息技术", "company", 500_000, 2_000_000),
        new("演示镇{0}年度财政投资评审服务合同", "工程造价咨询", "company", 200_000, 800_000),
        new("演示镇{0}年村级财务审计服务合同", "会计师事务所", "company", 150_000, 600_000),
        new("演示镇{0}年出租屋消防安全巡查服务合同", "安全技术服务", "company", 400_000, 1_600_000),
        new("演示镇{0}年公共法律服务购买合同", "律师事务所", "law", 100_000, 300_000),
        new("演示镇{0}年安全生产第三方检查服务合同", "安全技术服务", "company", 300_000, 1_200_000),
        new("演示镇{0}年农村生活污水设施运维合同", "水务工程", "company", 600_000, 2_500_000),
        new("演示镇{0}年公厕管理服务合同", "环境服务", "company", 200_000, 800_000),
        new("演示镇{0}年文化活动策划执行服务合同", "文化传播", "company", 100_000, 500_000),
        new("演示镇{0}年防汛物资储备及抢险服务合同", "建设工程", "company", 300_000, 1_000_000),
        new("演示镇{0}年办公设备采购合同", "办公设备", "company", 100_000, 600_000),
    ];

    public static readonly ContractKind[] Works =
    [
        new("演示镇中心大道升级改造工程施工合同", "建设工程", "company", 20_000_000, 90_000_000),
        new("演示镇污水管网完善工程施工合同", "水务工程", "company", 15_000_000, 60_000_000),
        new("演示镇中心小学扩建工程施工合同", "建设工程", "company", 30_000_000, 120_000_000),
        new("演示镇文化体育中心设计施工总承包合同", "建设工程", "company", 40_000_000, 150_000_000),
        new("演示镇农贸市场升级改造工程施工合同", "建设工程", "company", 5_000_000, 20_000_000),
        new("演示镇东村碧道建设工程施工合同", "水务工程", "company", 10_000_000, 40_000_000),
        new("演示镇老旧小区改造工程施工合同", "建设工程", "company", 8_000_000, 30_000_000),
        new("演示镇公共停车场建设工程施工合同", "建设工程", "company", 3_000_000, 12_000_000),
        new("演示镇工业园区道路及配套管网工程施工合同", "建设工程", "company", 20_000_000, 80_000_000),
        new("演示镇社区卫生服务中心改造工程施工合同", "建设工程", "company", 5_000_000, 18_000_000),
        new("演示镇智慧城管平台建设项目合同", "信息技术", "company", 3_000_000, 9_000_000),
        new("演示镇中心区控制性详细规划修编服务合同", "规划设计", "company", 1_000_000, 3_000_000),
        new("演示镇河道综合整治工程施工合同", "水务工程", "company", 10_000_000, 45_000_000),
        new("演示镇应急避护场所建设工程施工合同", "建设工程", "company", 2_000_000, 8_000_000),
        new("演示镇工程建设项目监理服务合同", "工程监理", "company", 500_000, 3_000_000),
        new("演示镇西村厂房租赁合同", "实业投资", "company", 1_000_000, 6_000_000),
    ];

    /// <summary>The three projects of 2022 that carry most of the year's contract value (城市更新、产业园).</summary>
    public static readonly ContractKind[] MajorProjects =
    [
        new("演示镇东村城市更新项目合作实施协议", "城市更新投资", "company", 0, 0),
        new("演示镇西村城市更新项目合作实施协议", "城市更新投资", "company", 0, 0),
        new("演示镇智能装备产业园土地整备及基础设施建设合作协议", "产业园开发", "company", 0, 0),
    ];

    private static readonly string[] Brands =
    [
        "华建", "粤通", "恒信", "安达", "宏图", "鸿盛", "中汇", "天禾", "联创", "力诚", "立德", "嘉和", "德誉", "信和", "恒泰", "源丰",
        "星河", "汇通", "绿源", "金桥", "明达", "长荣", "正衡", "卓越", "远航", "建宏", "海纳", "启航", "广信", "新粤", "万泽", "瑞丰",
    ];

    private static readonly string[] Cities = ["东莞市", "东莞市", "东莞市", "广东", "广州市", "深圳市"];

    /// <summary>A counterparty of the trade with a valid 统一社会信用代码 (both check characters computed through Identifiers).</summary>
    public static (string Name, string CreditCode) Counterparty(Random random, ContractKind kind)
    {
        var brand = Brands[random.Next(Brands.Length)];
        var law = kind.Form == "law";
        var name = law ? $"广东{brand}律师事务所" : $"{Cities[random.Next(Cities.Length)]}{brand}{kind.Trade}有限公司";
        var area = name.StartsWith("广州", StringComparison.Ordinal) ? "440100" : name.StartsWith("深圳", StringComparison.Ordinal) ? "440300" : "441900";
        return (name, CreditCode(random, law ? "31" : "91", area));
    }

    public static string CreditCode(Random random, string authority, string area)
    {
        var organization = string.Concat(Enumerable.Range(0, 8).Select(_ => (char)('0' + random.Next(10))));
        foreach (var orgCheck in "0123456789X")
        {
            var body = authority + area + organization + orgCheck;
            foreach (var check in "0123456789ABCDEFGHJKLMNPQRTUWXY")
            {
                var code = body + check;
                if (Identifiers.CheckUnifiedSocialCreditCode(code) is null && Identifiers.OrganizationCodeWarning(code) is null)
                {
                    return code;
                }
            }
        }

        throw new InvalidOperationException("无法生成有效的统一社会信用代码");
    }
}
