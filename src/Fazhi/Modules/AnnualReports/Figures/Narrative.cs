namespace Fazhi.Modules.AnnualReports.Figures;

/// <summary>
/// A piece of rendered narrative: plain text, or a figure (with its key and style, so the HTML view can link it to the
/// registry's records), or a placeholder that could not be printed (<see cref="Problem"/> says why).
/// </summary>
public sealed record Segment(string Text, string? Key = null, FigureStyle Style = FigureStyle.Default, string? Problem = null)
{
    public bool IsFigure => Key is not null && Problem is null;
}

/// <summary>
/// The report's own words a placeholder may ask for: {{year}}, {{next_year}}, {{region}}; and the region's organs, whose
/// kind rewrites the template's words for a 镇 (<see cref="Domain.IssuingOrgans.Rewrite"/>), none = as written.
/// </summary>
public sealed record ReportWords(int Year, string RegionName, Domain.IssuingOrgans? Organs = null);

/// <summary>Renders narrative text: placeholders become figures; nothing else changes (staff never type a figure).</summary>
public static class Narrative
{
    public static IReadOnlyList<Segment> Render(string? text, IReadOnlyDictionary<string, ReportFigure> figures, ReportWords words)
    {
        text = words.Organs?.Rewrite(text ?? "") ?? text ?? "";
        var segments = new List<Segment>();
        var at = 0;
        foreach (var placeholder in Placeholders.Find(text))
        {
            if (placeholder.Start > at)
            {
                segments.Add(new Segment(text[at..placeholder.Start]));
            }

            segments.Add(RenderOne(placeholder, figures, words));
            at = placeholder.Start + placeholder.Length;
        }

        if (at < text.Length)
        {
            segments.Add(new Segment(text[at..]));
        }

        return segments;
    }

    /// <summary>The rendered text as one string; an unprintable figure shows as 【…】 so no one mistakes it for a number.</summary>
    public static string Plain(IEnumerable<Segment> segments) =>
        string.Concat(segments.Select(s => s.Problem is null ? s.Text : $"【{s.Problem}】"));

    private static Segment RenderOne(FigurePlaceholder placeholder, IReadOnlyDictionary<string, ReportFigure> figures, ReportWords words)
    {
        if (placeholder.IsReportWord)
        {
            return placeholder.Key switch
            {
                Placeholders.Year => new Segment(words.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Placeholders.NextYear => new Segment((words.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Placeholders.RegionName => new Segment(words.RegionName),
                _ => new Segment("", placeholder.Key, placeholder.Style, $"占位符“{placeholder.Key}”无法识别（可用 year、next_year、region 或指标键）"),
            };
        }

        var figure = figures.GetValueOrDefault(placeholder.Key);
        var printed = figure is not null && placeholder.UnknownModifier is null ? Placeholders.Print(placeholder, figure) : null;
        return printed is null
            ? new Segment("", placeholder.Key, placeholder.Style, Placeholders.Problem(placeholder, figure))
            : new Segment(printed, placeholder.Key, placeholder.Style);
    }
}

/// <summary>
/// 默认表述 (the default sentence of each group of figures), as officials write them; the default template uses these and
/// staff may rewrite the words around the placeholders.
/// </summary>
public static class DefaultSentences
{
    /// <summary>"2022年以来，各调解组织共受理调解案件5911宗，成功调解5693宗，调解成功率为96.3%".</summary>
    public static string Mediation(string cases, string succeeded, string rate) =>
        $"{{{{year}}}}年以来，各调解组织共受理调解案件{{{{{cases}}}}}，成功调解{{{{{succeeded}}}}}，调解成功率为{{{{{rate}}}}}";

    public const string LegalityReview =
        "{{year}}年以来，共{{legality_review.documents}}党委政府文件、{{legality_review.contracts}}政府经济合同经法律顾问合法性审查，合同审查{{legality_review.contracts|yoy}}，涉及金额{{legality_review.contracts_amount}}。";

    public const string FairCompetition =
        "强化公平竞争审查制度，对{{fair_competition.reviewed}}政策措施文件进行了公平竞争审查，发现违反公平竞争规则的{{fair_competition.violations}}。";

    public const string NormativeDocuments =
        "{{year}}年{{region}}出台规范性文件{{normative_documents.issued}}，{{normative_documents.legality_reviewed_rate|claim}}。";

    /// <summary>
    /// The seed: "依法制定并公开《常平镇2022年重大行政决策事项目录》,将松柏塘村和桥梓村的城市更新项目纳入重大行政决策事项,严格落实决策程序要求,
    /// 不断提高决策质量和效率。" The names of the items are the staff's words; the count comes from the catalogue.
    /// </summary>
    public const string MajorDecisions =
        "依法制定并公开《{{region}}{{year}}年重大行政决策事项目录》，将{{major_decisions.catalog_items}}决策事项纳入重大行政决策事项目录，严格落实决策程序要求，不断提高决策质量和效率。";

    /// <summary>公众参与 of the decisions: comments received on published drafts and the share adopted.</summary>
    public const string PublicComments =
        "坚持重大行政决策草案向社会公开征求意见，共收到意见建议{{public_comments.received}}，采纳率为{{public_comments.adopted_rate}}。";

    /// <summary>
    /// The seed: "全年共组织了21个业务学习培训班，……全面落实广东省行政执法“三项制度”"; the 三项制度 rates say how far they are
    /// carried out (公示 in time, 法制审核 of major decisions).
    /// </summary>
    public const string EnforcementSystem =
        "加强执法队伍建设，全年共组织了{{enforcement.training_sessions}}业务学习培训班，不断提升执法水平和执法能力。全面落实行政执法“三项制度”，行政执法信息按时公示率为{{enforcement.publication_timely_rate}}，重大执法决定法制审核率为{{enforcement.legal_review_rate}}。";

    /// <summary>The seed: "2022年共举办了8场领导干部专题学法，……专题学习……等12项法规政策".</summary>
    public const string LawStudy =
        "{{year}}年共举办了{{study.leader_sessions}}领导干部专题学法，学习{{study.regulations}}法律法规和政策文件，进一步深化思想引领。";

    /// <summary>
    /// The seed: "2022年，全镇实有市场主体66726户，同比增长11.77%，新登记市场主体10299户，同比增长16.86%……累计有效注册商标21400件，
    /// 本年新增注册商标2487件" — figures reported by the departments and accepted by the office.
    /// </summary>
    public const string Market =
        "{{year}}年，全镇实有市场主体{{market.entities}}，{{market.entities|yoy_exact}}，新登记市场主体{{market.new_entities}}，{{market.new_entities|yoy_exact}}。累计有效注册商标{{ip.trademarks_valid}}，本年新增注册商标{{ip.trademarks_new}}。";

    /// <summary>The seed: "2022年共办理行政诉讼案件10宗、行政复议案件2宗，行政诉讼案件负责人出庭应诉率达100%".</summary>
    public const string Litigation =
        "{{year}}年共办理行政诉讼案件{{litigation.cases|宗}}、行政复议案件{{reconsideration.cases|宗}}，行政诉讼案件负责人出庭应诉率达{{litigation.leader_appearance_rate}}。";

    /// <summary>The seed: "今年以来共收集和排查纠纷453宗，推送属事部门介入处置34宗" and the mediation sentence.</summary>
    public static readonly string Disputes =
        "{{year}}年以来共收集和排查纠纷{{disputes.screened}}，推送属事部门介入处置{{disputes.referred}}，有效避免事态恶化、矛盾激发。"
        + Mediation("mediation.accepted", "mediation.succeeded", "mediation.success_rate") + "。";

    /// <summary>The seed: "2022年处理重复信访案件及倒流件13宗、重点重复信访事项“百日攻坚”交办案件13宗".</summary>
    public const string Petitions =
        "对重复信访事项落实包案领导，{{year}}年处理重复信访案件{{petitions.repeat_cases|宗}}、重点重复信访事项专项攻坚交办案件{{petitions.campaign_cases|宗}}。";

    /// <summary>The seed: "构建“1+34+N”的应急预案体系……落实了500人标准的镇级救灾物资购置".</summary>
    public const string Emergency =
        "构建应急预案体系，现有应急预案{{emergency.plans}}，其中总体应急预案{{emergency.plans.overall}}、专项应急预案{{emergency.plans.specialised}}、部门应急预案{{emergency.plans.departmental}}、基层应急预案{{emergency.plans.grassroots}}；{{year}}年组织应急演练{{emergency.drills}}，救灾物资保障率为{{emergency.supply_coverage}}。";

    /// <summary>
    /// The seed: "2022年完成全覆盖检查药店2811家次……2022年全镇共办理行政处罚案件700余宗,其中立案查处环境违法行为92宗,……;检查医疗机构935间次,
    /// 其中立案查处存在违法行为案件30宗,查处非法行医案件罚没款约129万元;逮捕涉“食药环知森”领域犯罪人员23人".
    /// </summary>
    public const string EnforcementKeyAreas =
        "{{year}}年完成全覆盖检查药店{{inspections.pharmacy}}。对于生态环境、医疗卫生等人民群众密切关注的重点领域，坚持“零容忍”、严打击，{{year}}年全镇共办理行政处罚案件{{enforcement.penalty_cases|approx|宗}}，其中立案查处环境违法行为{{enforcement.environment_cases|宗}}；检查医疗机构{{inspections.medical}}，其中立案查处存在违法行为案件{{enforcement.medical_cases|宗}}，查处非法行医案件罚没款{{enforcement.illegal_medical_practice_fines}}；逮捕涉“食药环知森”领域犯罪人员{{enforcement.criminal_arrests}}。";
}
