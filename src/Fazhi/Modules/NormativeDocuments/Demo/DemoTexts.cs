namespace Fazhi.Modules.NormativeDocuments.Demo;

/// <summary>演示文本: the six 行政规范性文件 演示镇 issued in 2022 (title, drafting unit, affects business, body).</summary>
internal static class DemoTexts
{
    public const string Authority = "演示镇人民政府";

    public const string FilingAuthority = "东莞市人民政府（东莞市司法局）";

    public sealed record Draft(string Title, string Unit, bool AffectsBusiness, string Purpose, string Basis);

    public static readonly Draft[] Documents2022 =
    [
        new("演示镇村（社区）集体资产交易管理办法", "镇农林水务局", true,
            "规范村（社区）集体资产交易行为，防止集体资产流失，保障集体经济组织成员的合法权益",
            "《中华人民共和国民法典》《广东省农村集体资产管理条例》"),
        new("演示镇城市更新项目实施管理暂行办法", "镇城市更新中心", true,
            "规范城市更新项目的申报、审批和实施，保障权利人和相关各方的合法权益",
            "《广东省旧城镇旧厂房旧村庄改造管理办法》《东莞市城市更新办法》"),
        new("演示镇出租屋安全管理规定", "镇城市建设管理局", true,
            "加强出租屋消防和治安安全管理，落实出租人、承租人和管理人的安全责任",
            "《中华人民共和国消防法》《广东省出租屋治安管理规定》"),
        new("演示镇扶持实体经济发展专项资金管理办法", "镇经济发展局", true,
            "规范镇级扶持实体经济发展专项资金的申报、审核、拨付和监督",
            "《中华人民共和国预算法》《东莞市市级财政专项资金管理办法》"),
        new("演示镇困难群众临时救助实施细则", "镇社会事务局", false,
            "做好困难群众临时救助工作，解决群众遭遇的突发性、紧迫性、临时性基本生活困难",
            "《社会救助暂行办法》《广东省社会救助条例》"),
        new("演示镇户外广告设置管理办法", "镇综合行政执法办", true,
            "规范户外广告和招牌设置，维护市容环境和公共安全",
            "《中华人民共和国广告法》《城市市容和环境卫生管理条例》《广东省城乡生活垃圾管理条例》"),
    ];

    public static string Body(Draft draft) => string.Join('\n',
        $"第一条 为{draft.Purpose}，根据{draft.Basis}等法律法规规定，结合本镇实际，制定本办法。",
        "第二条 本办法适用于本镇行政区域内的相关管理活动。",
        $"第三条 {draft.Unit}负责本办法的组织实施，镇相关部门按照各自职责做好相关工作。",
        "第四条 有关单位和个人应当遵守本办法，依法履行义务；对违反本办法的行为，由有关部门依法处理。",
        "第五条 本办法由镇人民政府负责解释，自施行之日起实施。");
}
