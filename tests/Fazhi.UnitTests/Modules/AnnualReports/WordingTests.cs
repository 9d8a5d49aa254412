using Fazhi.Modules.AnnualReports.Checks;
using Fazhi.Modules.AnnualReports.Figures;

namespace Fazhi.UnitTests.Modules.AnnualReports;

public sealed class WordingTests
{
    private static Dictionary<string, ReportFigure> Figures(params (string Key, string Unit, decimal? Value)[] figures) =>
        figures.ToDictionary(f => f.Key, f => new ReportFigure(f.Key, f.Key + "名", f.Unit, f.Unit == "%", f.Value, null, null, null, null));

    private static string Print(string text, Dictionary<string, ReportFigure> figures) =>
        Narrative.Plain(Narrative.Render(ZeroClauses.Apply(text, figures), figures, new ReportWords(2025, "演示镇")));

    [Fact]
    public void ZeroFigure_WithAPlainStatement_ReplacesItsClause()
    {
        var figures = Figures(("fair_competition.reviewed", "件", 44), ("fair_competition.violations", "件", 0));
        Assert.Equal("强化公平竞争审查制度，对44件政策措施文件进行了公平竞争审查，未发现违反公平竞争规则的情形。",
            Print(DefaultSentences.FairCompetition, figures));
    }

    [Fact]
    public void ZeroFigure_WithoutAStatement_DropsItsClause_AndTheBreakdownAfterIt()
    {
        var figures = Figures(("a.cases", "件", 0), ("a.sub", "件", 0), ("b.checks", "次", 12));
        Assert.Equal("检查12次。",
            Print("查处案件{{a.cases}}，其中立案{{a.sub}}，检查{{b.checks}}。", figures));
        Assert.Equal("检查12次。", Print("{{year}}年查处案件{{a.cases}}。检查{{b.checks}}。", figures));
    }

    [Fact]
    public void ZeroFigure_InAList_LosesItsItem()
    {
        var figures = Figures(("litigation.cases", "件", 10), ("reconsideration.cases", "件", 0));
        Assert.Equal("2025年共办理行政诉讼案件10宗。", Print("{{year}}年共办理行政诉讼案件{{litigation.cases|宗}}、行政复议案件{{reconsideration.cases|宗}}。", figures));
    }

    [Fact]
    public void ZeroFigure_LeftInPrint_AsksForConfirmation()
    {
        // The first item of a list cannot lose its verb: it prints 0 and a person decides the wording.
        var figures = Figures(("litigation.cases", "件", 0), ("reconsideration.cases", "件", 2));
        var text = ZeroClauses.Apply("共办理行政诉讼案件{{litigation.cases|宗}}、行政复议案件{{reconsideration.cases|宗}}。", figures);
        var issue = Assert.Single(ConsistencyChecks.Run([new CheckedSection(Guid.NewGuid(), "测试", text, true)], figures));
        Assert.Equal(ConsistencyChecks.ZeroFigure, issue.Rule);
        Assert.True(issue.HoldsApproval);
    }

    [Fact]
    public void Claim_IsPrintedOnlyWhileItsRateIs100()
    {
        var all = Figures(("normative_documents.issued", "件", 6), ("normative_documents.legality_reviewed_rate", "%", 100));
        Assert.Equal("2025年演示镇出台规范性文件6件，均经合法性审查。", Print(DefaultSentences.NormativeDocuments, all));

        var most = Figures(("normative_documents.issued", "件", 6), ("normative_documents.legality_reviewed_rate", "%", 83.333m));
        Assert.Equal("2025年演示镇出台规范性文件6件，经合法性审查的占83.3%。", Print(DefaultSentences.NormativeDocuments, most));

        // 99.96% prints as 100.0% but is not "均".
        Assert.Equal("经合法性审查的占99.9%", Claims.Print("normative_documents.legality_reviewed_rate", 99.96m));
    }

    [Fact]
    public void Claim_OnAFigureWithoutAWording_Blocks()
    {
        var figures = Figures(("a.rate", "%", 100));
        var issue = Assert.Single(ConsistencyChecks.Run([new CheckedSection(Guid.NewGuid(), "测试", "{{a.rate|claim}}。", true)], figures));
        Assert.True(issue.Blocking);
        Assert.Contains("没有登记固定表述", issue.Message);
    }

    [Fact]
    public void FigureWithoutData_Blocks_SoNoMarkerReachesApproval()
    {
        var figures = Figures(("a.count", "件", null));
        var issue = Assert.Single(ConsistencyChecks.Run([new CheckedSection(Guid.NewGuid(), "测试", "办理{{a.count}}。", true)], figures));
        Assert.Equal(ConsistencyChecks.FigureWithoutData, issue.Rule);
        Assert.True(issue.Blocking);
        Assert.Contains("本年无数据", issue.Message);
    }
}
