namespace Fazhi.Modules.MajorDecisions.Domain;

/// <summary>法律依据 of the module's refusals: 《重大行政决策程序暂行条例》 (国务院令第713号; 乡级人民政府参照执行, 第四十二条).</summary>
public static class Basis
{
    private const string Regulation = "《重大行政决策程序暂行条例》";

    public const string Catalog = Regulation + "第三条（决策事项目录和标准经同级党委同意后向社会公布）";
    public const string PublicOpinion = Regulation + "第十四条（决策承办单位应当采取便于社会公众参与的方式充分听取意见，依法不予公开的决策事项除外）";
    public const string Consultation = Regulation + "第十五条（征求意见期限一般不少于30日；因情况紧急等原因需要缩短期限的，应当予以说明）";
    public const string Hearing = Regulation + "第十六条（听证参加人名单提前向社会公布，听证材料至少提前7日送达听证参加人）";
    public const string Experts = Regulation + "第十九条至第二十一条（专家独立开展论证、与决策事项无直接利害关系，论证意见书面并签字或者盖章）";
    public const string Risk = Regulation + "第二十二条至第二十四条（风险评估报告载明风险点、风险防范措施和处置预案）";
    public const string ProceduresDone = Regulation + "第二十七条第二项（合法性审查包括决策草案的形成是否履行相关法定程序）";
    public const string Package = Regulation + "第二十九条（提请讨论应当报送公众意见、专家论证意见的研究采纳情况和风险评估报告）";
    public const string Legality = Regulation + "第二十五条（未经合法性审查或者经审查不合法的，不得提交决策机关讨论；探索性改革决策事项可以明示法律风险后提交）";
    public const string AdviserParticipation = Regulation + "第二十八条（合法性审查应当组织法律顾问、公职律师提出法律意见）";
    public const string LegalityWindow = Regulation + "第二十六条（保证合法性审查工作的必要时间，一般不少于7个工作日）";
    public const string FairCompetition = Regulation + "第二十九条第一项（决策草案涉及市场主体经济活动的，应当包含公平竞争审查的有关情况）";
    public const string Meeting = Regulation + "第三十条（行政首长最后发表意见，与多数人意见不一致的应当说明理由；讨论情况和决定如实记录，不同意见应当载明）";
    public const string PartyReport = Regulation + "第三十一条（决策出台前应当按照规定向同级党委请示报告）";
    public const string Publication = Regulation + "第三十二条（决策机关应当通过政府公报和政府网站以及在本行政区域内发行的报纸等途径及时公布重大行政决策）";
    public const string PostEvaluation = Regulation + "第三十六条（决策后评估；参与决策过程的组织不得作为第三方评估）";
    public const string Adjustment = Regulation + "第三十七条（决策停止执行、暂停执行或者作出重大调整）";
}
