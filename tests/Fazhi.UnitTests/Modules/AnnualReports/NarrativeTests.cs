using Fazhi.Modules.AnnualReports.Figures;

namespace Fazhi.UnitTests.Modules.AnnualReports;

public sealed class NarrativeTests
{
    private static readonly ReportWords Words = new(2022, "常平镇");

    private static readonly Dictionary<string, ReportFigure> Figures = new()
    {
        ["mediation.cases"] = new("mediation.cases", "受理调解案件数", "宗", false, 5911, 5000, 0.1822m, null, null),
        ["mediation.succeeded"] = new("mediation.succeeded", "成功调解数", "宗", false, 5693, 4800, 0.186m, null, null),
        ["mediation.success_rate"] = new("mediation.success_rate", "调解成功率", "%", true, 96.31m, 96m, 0.31m, 5693, 5911),
        ["legality_review.contracts"] = new("legality_review.contracts", "合同审查数", "份", false, 89, 50, 0.78m, null, null),
        ["legality_review.documents"] = new("legality_review.documents", "党委政府文件审查件数", "份", false, 90, null, null, null, null),
        ["legality_review.contracts_amount"] = new("legality_review.contracts_amount", "合同金额", "元", false, 7_640_000_000, null, null, null, null),
    };

    [Fact]
    public void DefaultSentence_Mediation_ReadsAsOfficialsWriteIt()
    {
        var text = DefaultSentences.Mediation("mediation.cases", "mediation.succeeded", "mediation.success_rate");
        Assert.Equal("2022年以来，各调解组织共受理调解案件5911宗，成功调解5693宗，调解成功率为96.3%",
            Narrative.Plain(Narrative.Render(text, Figures, Words)));
    }

    [Fact]
    public void DefaultSentence_LegalityReview_WithYoyAndAmount()
    {
        // The seed's sentence: "2022年以来,共90份党委政府文件、89份政府经济合同经法律顾问合法性审查,同比增长78%,涉及金额约76.4亿元。"
        Assert.Equal("2022年以来，共90份党委政府文件、89份政府经济合同经法律顾问合法性审查，合同审查同比增长78%，涉及金额约76.4亿元。",
            Narrative.Plain(Narrative.Render(DefaultSentences.LegalityReview, Figures, Words)));
    }

    [Fact]
    public void Placeholder_Modifiers_PrintPreviousApproximateAndExact()
    {
        var text = "{{legality_review.contracts|prev}}/{{mediation.cases|approx}}/{{legality_review.contracts_amount|exact}}/{{region}}{{next_year}}";
        Assert.Equal("50份/5900余宗/76.4亿元/常平镇2023", Narrative.Plain(Narrative.Render(text, Figures, Words)));
    }

    [Fact]
    public void Placeholder_CountingWord_ReplacesTheCountUnit_ButNeverMoneyOrRates()
    {
        var text = "{{legality_review.contracts|宗}}/{{mediation.cases|approx|件}}/{{legality_review.contracts_amount|宗}}/{{mediation.success_rate|件}}";
        Assert.Equal("89宗/5900余件/约76.4亿元/96.3%", Narrative.Plain(Narrative.Render(text, Figures, Words)));
    }

    [Fact]
    public void Placeholder_YoyWithoutBase_IsAProblemNotANumber()
    {
        var segments = Narrative.Render("金额{{legality_review.contracts_amount|yoy}}", Figures, Words);
        var figure = Assert.Single(segments, s => s.Key is not null);
        Assert.False(figure.IsFigure);
        Assert.Contains("无法计算同比", figure.Problem);
    }

    [Fact]
    public void Placeholder_UnknownKeyOrModifier_IsAProblem()
    {
        var segments = Narrative.Render("{{nothing.here}}{{mediation.cases|fancy}}{{weekday}}", Figures, Words);
        Assert.All(segments, s => Assert.NotNull(s.Problem));
        Assert.Contains("未在指标目录中登记", segments[0].Problem);
        Assert.Contains("|fancy", segments[1].Problem);
    }

    [Fact]
    public void Narrative_TextAroundPlaceholders_IsKeptVerbatim()
    {
        var segments = Narrative.Render("前{{mediation.cases}}后", Figures, Words);
        Assert.Equal(["前", "5911宗", "后"], segments.Select(s => s.Text));
        Assert.Equal("mediation.cases", segments[1].Key);
    }
}
