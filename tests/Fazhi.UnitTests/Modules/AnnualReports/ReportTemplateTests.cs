using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Modules.AnnualReports.Figures;

namespace Fazhi.UnitTests.Modules.AnnualReports;

/// <summary>Template v2: the seed's sentences for the figures of the modules landing now, bound by key.</summary>
public sealed class ReportTemplateTests
{
    private static readonly ReportWords Words = new(2022, "常平镇");

    private static ReportFigure Count(string key, decimal value, string unit) => new(key, key, unit, false, value, null, null, null, null);

    private static ReportFigure Rate(string key, decimal value, decimal numerator, decimal denominator) => new(key, key, "%", true, value, null, null, numerator, denominator);

    /// <summary>The seed's figures as the modules would register them (units as the seed prints them).</summary>
    private static readonly Dictionary<string, ReportFigure> SeedFigures = new[]
    {
        Count("major_decisions.catalog_items", 2, "项"),
        Count("public_comments.received", 35, "条"),
        Rate("public_comments.adopted_rate", 40m, 14, 35),
        Count("enforcement.training_sessions", 21, "场"),
        Rate("enforcement.publication_timely_rate", 100m, 120, 120),
        Rate("enforcement.legal_review_rate", 100m, 8, 8),
        Count("inspections.pharmacy", 2811, "家次"),
        Count("enforcement.penalty_cases", 736, "宗"),
        Count("enforcement.environment_cases", 92, "宗"),
        Count("inspections.medical", 935, "间次"),
        Count("enforcement.medical_cases", 30, "宗"),
        Count("enforcement.illegal_medical_practice_fines", 1_291_350m, "元"),
        Count("enforcement.criminal_arrests", 23, "人"),
    }.ToDictionary(f => f.Key);

    private static string Print(string text) => Narrative.Plain(Narrative.Render(text, SeedFigures, Words));

    [Fact]
    public void Template_V1AndV2AreKeptForReportsCreatedUnderThem_AndNewReportsUseV3()
    {
        Assert.Same(ReportTemplate.V1, ReportTemplate.Find(ReportTemplate.DefaultKey, 1));
        Assert.Same(ReportTemplate.V2, ReportTemplate.Find(ReportTemplate.DefaultKey, 2));
        Assert.Same(ReportTemplate.V3, ReportTemplate.Latest(ReportTemplate.DefaultKey));
        Assert.Same(ReportTemplate.V3, ReportTemplate.Default);
        Assert.DoesNotContain(ReportTemplate.V1.Sections, s => s.Text.Contains("enforcement.", StringComparison.Ordinal));
        Assert.Equal(
            ["intro", "work", "leadership", "functions", "decisions", "legality", "normative", "other_work", "shortcomings", "plan", "other"],
            ReportTemplate.V1.Sections.Select(s => s.Key));
    }

    [Fact]
    public void TemplateV2_KeepsTheFiveRequiredContents_AndAddsDecisionsAndEnforcementInTheSeedsOrder()
    {
        var keys = ReportTemplate.V2.Sections.Select(s => s.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        foreach (var key in ReportTemplate.V1.Sections.Select(s => s.Key))
        {
            Assert.Contains(key, keys);
        }

        // Seed order: （四）决策 (1. 决策规范化 2. 合法性审查 3. 规范性文件) before （五）行政执法 (1. 体制改革 2. 重点领域).
        Assert.True(keys.IndexOf("decisions") < keys.IndexOf("major_decisions"));
        Assert.True(keys.IndexOf("major_decisions") < keys.IndexOf("legality"));
        Assert.True(keys.IndexOf("normative") < keys.IndexOf("enforcement"));
        Assert.True(keys.IndexOf("enforcement") < keys.IndexOf("enforcement_system"));
        Assert.True(keys.IndexOf("enforcement_system") < keys.IndexOf("enforcement_key_areas"));
        Assert.True(keys.IndexOf("enforcement_key_areas") < keys.IndexOf("shortcomings"));
        Assert.Equal(2, ReportTemplate.V2.Sections.Single(s => s.Key == "enforcement").Level);
        Assert.All(ReportTemplate.V2.Sections.Where(s => s.Key is "major_decisions" or "enforcement_system" or "enforcement_key_areas"), s => Assert.Equal(3, s.Level));

        // Every figure of the modules landing now is bound by key (the report prints them once the modules register them).
        var bound = ReportTemplate.V2.Sections.SelectMany(s => Placeholders.Find(s.Text)).Select(p => p.Key).ToHashSet();
        Assert.Superset(SeedFigures.Keys.ToHashSet(), bound);
    }

    [Fact]
    public void TemplateV3_KeepsV2sSectionsInOrder_AndPrintsTheSeedsSentencesOfTheNewModules()
    {
        var v2 = ReportTemplate.V2.Sections.Select(s => s.Key).ToList();
        var v3 = ReportTemplate.V3.Sections.Select(s => s.Key).ToList();
        Assert.Equal(v2, v3.Where(v2.Contains));
        Assert.True(v3.IndexOf("enforcement_key_areas") < v3.IndexOf("society"));
        Assert.True(v3.IndexOf("society") < v3.IndexOf("disputes") && v3.IndexOf("disputes") < v3.IndexOf("other_work"));

        var figures = new Dictionary<string, ReportFigure>(SeedFigures)
        {
            ["study.leader_sessions"] = Count("study.leader_sessions", 8, "场"),
            ["study.regulations"] = Count("study.regulations", 12, "项"),
            ["market.entities"] = new("market.entities", "实有市场主体", "户", false, 66726, 59700, 0.1177m, null, null),
            ["market.new_entities"] = new("market.new_entities", "新登记市场主体", "户", false, 10299, 8813, 0.1686m, null, null),
            ["ip.trademarks_valid"] = Count("ip.trademarks_valid", 21400, "件"),
            ["ip.trademarks_new"] = Count("ip.trademarks_new", 2487, "件"),
            ["litigation.cases"] = Count("litigation.cases", 10, "件"),
            ["reconsideration.cases"] = Count("reconsideration.cases", 2, "件"),
            ["litigation.leader_appearance_rate"] = Rate("litigation.leader_appearance_rate", 100m, 10, 10),
            ["disputes.screened"] = Count("disputes.screened", 453, "宗"),
            ["disputes.referred"] = Count("disputes.referred", 34, "宗"),
            ["mediation.accepted"] = Count("mediation.accepted", 5911, "宗"),
            ["mediation.succeeded"] = Count("mediation.succeeded", 5693, "宗"),
            ["mediation.success_rate"] = Rate("mediation.success_rate", 96.31m, 5693, 5911),
            ["petitions.repeat_cases"] = Count("petitions.repeat_cases", 13, "件"),
            ["petitions.campaign_cases"] = Count("petitions.campaign_cases", 13, "件"),
            ["emergency.plans"] = Count("emergency.plans", 47, "件"),
            ["emergency.plans.overall"] = Count("emergency.plans.overall", 1, "件"),
            ["emergency.plans.specialised"] = Count("emergency.plans.specialised", 17, "件"),
            ["emergency.plans.departmental"] = Count("emergency.plans.departmental", 17, "件"),
            ["emergency.plans.grassroots"] = Count("emergency.plans.grassroots", 12, "件"),
            ["emergency.drills"] = Count("emergency.drills", 12, "次"),
            ["emergency.supply_coverage"] = Rate("emergency.supply_coverage", 100m, 500, 500),
        };
        string Printed(string text) => Narrative.Plain(Narrative.Render(text, figures, Words));

        Assert.Equal("2022年共举办了8场领导干部专题学法，学习12项法律法规和政策文件，进一步深化思想引领。", Printed(DefaultSentences.LawStudy));
        Assert.Equal("2022年，全镇实有市场主体66726户，同比增长11.77%，新登记市场主体10299户，同比增长16.86%。累计有效注册商标21400件，本年新增注册商标2487件。",
            Printed(DefaultSentences.Market));
        Assert.Equal("2022年共办理行政诉讼案件10宗、行政复议案件2宗，行政诉讼案件负责人出庭应诉率达100%。", Printed(DefaultSentences.Litigation));
        Assert.Equal("2022年以来共收集和排查纠纷453宗，推送属事部门介入处置34宗，有效避免事态恶化、矛盾激发。2022年以来，各调解组织共受理调解案件5911宗，成功调解5693宗，调解成功率为96.3%。",
            Printed(DefaultSentences.Disputes));
        Assert.Equal("对重复信访事项落实包案领导，2022年处理重复信访案件13宗、重点重复信访事项专项攻坚交办案件13宗。", Printed(DefaultSentences.Petitions));
        var added = ReportTemplate.V3.Sections.SelectMany(s => Placeholders.Find(s.Text)).Where(p => !p.IsReportWord).Select(p => p.Key)
            .Except(ReportTemplate.V2.Sections.SelectMany(s => Placeholders.Find(s.Text)).Select(p => p.Key)).ToList();
        Assert.Equal("构建应急预案体系，现有应急预案47件，其中总体应急预案1件、专项应急预案17件、部门应急预案17件、基层应急预案12件；2022年组织应急演练12次，救灾物资保障率为100%。", Printed(DefaultSentences.Emergency));
        Assert.All(added, k => Assert.Contains(k, figures.Keys));
    }

    [Fact]
    public void MajorDecisions_PrintsTheCatalogueSentence_AsTheSeed()
    {
        Assert.Equal("依法制定并公开《常平镇2022年重大行政决策事项目录》，将2项决策事项纳入重大行政决策事项目录，严格落实决策程序要求，不断提高决策质量和效率。",
            Print(DefaultSentences.MajorDecisions));
        Assert.Equal("坚持重大行政决策草案向社会公开征求意见，共收到意见建议35条，采纳率为40%。", Print(DefaultSentences.PublicComments));
    }

    [Fact]
    public void Enforcement_PrintsTheSeedsSentences_PenaltyCasesWith余_FinesInWan()
    {
        Assert.Equal("加强执法队伍建设，全年共组织了21场业务学习培训班，不断提升执法水平和执法能力。全面落实行政执法“三项制度”，行政执法信息按时公示率为100%，重大执法决定法制审核率为100%。",
            Print(DefaultSentences.EnforcementSystem));
        // The seed: "2022年完成全覆盖检查药店2811家次……2022年全镇共办理行政处罚案件700余宗,其中立案查处环境违法行为92宗……;检查医疗机构935间次,
        // 其中立案查处存在违法行为案件30宗,查处非法行医案件罚没款约129万元;逮捕涉“食药环知森”领域犯罪人员23人".
        Assert.Equal("2022年完成全覆盖检查药店2811家次。对于生态环境、医疗卫生等人民群众密切关注的重点领域，坚持“零容忍”、严打击，2022年全镇共办理行政处罚案件700余宗，其中立案查处环境违法行为92宗；检查医疗机构935间次，其中立案查处存在违法行为案件30宗，查处非法行医案件罚没款约129万元；逮捕涉“食药环知森”领域犯罪人员23人。",
            Print(DefaultSentences.EnforcementKeyAreas));
    }

    [Fact]
    public void UnregisteredModuleFigures_PrintAsProblems_NeverAsNumbers()
    {
        var printed = Narrative.Plain(Narrative.Render(DefaultSentences.EnforcementKeyAreas, new Dictionary<string, ReportFigure>(), Words));
        Assert.Contains("【指标“inspections.pharmacy”未在指标目录中登记】", printed, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d+(宗|家次|间次|人)", printed);
    }
}
