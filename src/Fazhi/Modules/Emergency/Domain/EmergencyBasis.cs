namespace Fazhi.Modules.Emergency.Domain;

/// <summary>
/// The legal basis an emergency rule cites, chosen by the date of the act (law.md §0.2): 突发事件应对法 2007 until
/// 2024-10-31, the 2024 revision from 2024-11-01; the 2013 应急预案管理办法 until the 2024 办法 (国办发〔2024〕5号) took over.
/// </summary>
public static class EmergencyBasis
{
    public static readonly DateOnly ResponseLaw2024 = new(2024, 11, 1);

    // DEBT: the effective date and article numbers of 国办发〔2024〕5号 are unconfirmed (law.md §21 item 9); cited without an article.
    public static readonly DateOnly Manual2024 = new(2024, 1, 31);

    public const string Publication = "《中华人民共和国政府信息公开条例》第二十条第十二项";

    /// <summary>The 预案 articles of 突发事件应对法 in force on the day.</summary>
    public static string ResponseLaw(DateOnly on) => on >= ResponseLaw2024
        ? "《中华人民共和国突发事件应对法》（2024年修订）第二十六条至第二十八条"
        : "《中华人民共和国突发事件应对法》（2007年）第十七条、第十八条";

    /// <summary>编制、审批、公布、备案 of a plan.</summary>
    public static string Making(DateOnly on) => $"{ResponseLaw(on)}；{Manual(on, null, "预案编制、审批、公布和备案")}";

    public static string Drills(DateOnly on) => Manual(on, "第二十二条", "应急演练");

    public static string Evaluation(DateOnly on) => Manual(on, "第二十四条", "评估");

    public static string Revision(DateOnly on) => Manual(on, "第二十五条", "修订");

    private static string Manual(DateOnly on, string? article2013, string subject) => on >= Manual2024
        ? $"《突发事件应急预案管理办法》（国办发〔2024〕5号）关于{subject}的规定"
        : article2013 is null
            ? $"《突发事件应急预案管理办法》（国办发〔2013〕101号）关于{subject}的规定"
            : $"《突发事件应急预案管理办法》（国办发〔2013〕101号）{article2013}";
}
