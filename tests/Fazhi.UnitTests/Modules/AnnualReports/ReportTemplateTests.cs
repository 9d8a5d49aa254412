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
    public void Template_V1IsKeptForReportsCreatedUnderIt_AndNewReportsUseV2()
    {
        Assert.Same(ReportTemplate.V1, ReportTemplate.Find(ReportTemplate.DefaultKey, 1));
        Assert.Same(ReportTemplate.V2, ReportTemplate.Latest(ReportTemplate.DefaultKey));
        Assert.Same(ReportTemplate.V2, ReportTemplate.Default);
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
