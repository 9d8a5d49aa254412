using Fazhi.Modules.AnnualReports.Checks;
using Fazhi.Modules.AnnualReports.Figures;

namespace Fazhi.UnitTests.Modules.AnnualReports;

public sealed class ConsistencyChecksTests
{
    private static readonly Dictionary<string, ReportFigure> Figures = new()
    {
        ["m.cases"] = new("m.cases", "受理调解案件数", "宗", false, 5911, 5000, 0.18m, null, null),
        ["m.succeeded"] = new("m.succeeded", "成功调解数", "宗", false, 5693, 4800, 0.18m, null, null),
        ["m.rate"] = new("m.rate", "调解成功率", "%", true, 96.31m, 96m, 0.31m, 5693, 5911),
        ["m.bad_rate"] = new("m.bad_rate", "错误口径的成功率", "%", true, 90m, 96m, -6m, 90, 100),
        ["m.amount"] = new("m.amount", "涉及金额", "元", false, 5792.14m, null, null, null, null),
        ["m.new"] = new("m.new", "新指标", "件", false, 12, 0, null, null, null),
    };

    private static IReadOnlyList<ConsistencyIssue> Check(string text, bool required = false) =>
        ConsistencyChecks.Run([new CheckedSection(Guid.NewGuid(), "（一）测试", text, required)], Figures);

    [Fact]
    public void Clean_MediationSentence_HasNoIssue() =>
        Assert.Empty(Check("各调解组织共受理调解案件{{m.cases}}，成功调解{{m.succeeded}}，调解成功率为{{m.rate}}。"));

    [Fact]
    public void HandTypedNumber_MatchingNoFigure_NeedsConfirmation_NotABlock()
    {
        var issue = Assert.Single(Check("共受理调解案件{{m.cases}}，成功调解5600宗。"));
        Assert.Equal(ConsistencyChecks.UnconfirmedNumber, issue.Rule);
        Assert.False(issue.Blocking);
        Assert.True(issue.NeedsConfirmation);
        Assert.True(issue.HoldsApproval);
        Assert.Contains("5600宗", issue.Message);
        Assert.Contains("不对应", issue.Message);
        Assert.False((issue with { AcceptedReason = "经核对台账" }).HoldsApproval);
    }

    [Fact]
    public void HandTypedNumber_TypedOverAPlaceholder_NamesTheFigureItLikelyIs()
    {
        // The issue's own case: the contracts placeholder replaced with "99份" where the registry computes 89份.
        var figures = new Dictionary<string, ReportFigure>
        {
            ["legality_review.contracts"] = new("legality_review.contracts", "经合法性审查的政府经济合同数", "份", false, 89, 50, 0.78m, null, null),
        };
        var issue = Assert.Single(ConsistencyChecks.Run([new CheckedSection(Guid.NewGuid(), "1.严格合法性审查", "共99份政府经济合同经法律顾问合法性审查。", true)], figures));
        Assert.Equal(ConsistencyChecks.UnconfirmedNumber, issue.Rule);
        Assert.True(issue.HoldsApproval);
        Assert.Contains("疑似指标“经合法性审查的政府经济合同数”，其计算值为89份", issue.Message);
    }

    [Fact]
    public void HandTypedFigure_EqualToTheComputedValue_IsOnlyAdvice()
    {
        var issue = Assert.Single(Check("共受理调解案件{{m.cases}}，其中5911宗已办结。"));
        Assert.Equal(ConsistencyChecks.HandTypedFigure, issue.Rule);
        Assert.False(issue.Blocking);
        Assert.False(issue.HoldsApproval);
    }

    [Fact]
    public void HandTypedFigure_InAnyPrintedForm_MatchesTheFigure()
    {
        var figures = new Dictionary<string, ReportFigure>
        {
            ["e.cases"] = new("e.cases", "行政处罚案件数", "件", false, 743, 600, 0.2383m, null, null),
            ["e.fines"] = new("e.fines", "罚没款", "元", false, 1_290_512m, null, null, null, null),
        };
        var issues = ConsistencyChecks.Run([new CheckedSection(Guid.NewGuid(), "2.重点领域", "全镇共办理行政处罚案件700余宗，同比增长24%，罚没款约129万元。", true)], figures);
        Assert.Equal(3, issues.Count);
        Assert.All(issues, i => Assert.Equal(ConsistencyChecks.HandTypedFigure, i.Rule));
        Assert.All(issues, i => Assert.False(i.HoldsApproval));
    }

    [Fact]
    public void RateMismatch_TypedRateNotNumeratorOverDenominator_Blocks()
    {
        var issue = Assert.Single(Check("受理{{m.cases}}，成功调解{{m.succeeded}}，调解成功率为95%。"), i => i.Blocking);
        Assert.Equal(ConsistencyChecks.RateMismatch, issue.Rule);
        Assert.Contains("96.3%", issue.Message);
    }

    [Fact]
    public void RateMismatch_RateMetricNotEqualToTheCountsBesideIt_Blocks()
    {
        var issue = Assert.Single(Check("受理{{m.cases}}，成功调解{{m.succeeded}}，调解成功率为{{m.bad_rate}}。"));
        Assert.Equal(ConsistencyChecks.RateMismatch, issue.Rule);
    }

    [Fact]
    public void ImplausibleAmount_TheSeedsMediationSentence_Trips()
    {
        // The 常平镇 2022 report, verbatim: 5792.14元 over 5911 cases is under 1 元 a case — 万元 was meant.
        var issues = Check("2022年以来，各调解组织共受理调解案件5911宗，成功调解5693宗，调解成功率为96.3%，涉及金额5792.14元。");
        var issue = Assert.Single(issues, i => i.Blocking);
        Assert.Equal(ConsistencyChecks.ImplausibleAmount, issue.Rule);
        Assert.Contains("万元", issue.Message);
        Assert.DoesNotContain(issues, i => i.Rule == ConsistencyChecks.RateMismatch);
    }

    [Fact]
    public void ImplausibleAmount_BoundAmountOverBoundCases_Trips() =>
        Assert.Contains(Check("受理{{m.cases}}，涉及金额{{m.amount|exact}}。"), i => i.Rule == ConsistencyChecks.ImplausibleAmount);

    [Fact]
    public void ImplausibleAmount_InWanYuan_IsPlausible() =>
        Assert.DoesNotContain(Check("受理调解案件5911宗，涉及金额5792.14万元。"), i => i.Blocking);

    [Fact]
    public void RequiredSectionEmpty_Blocks()
    {
        var issue = Assert.Single(Check("  ", required: true));
        Assert.Equal(ConsistencyChecks.RequiredSectionEmpty, issue.Rule);
        Assert.True(issue.Blocking);
        Assert.Empty(Check("  ", required: false));
    }

    [Fact]
    public void YoyWithoutBase_Blocks()
    {
        var issue = Assert.Single(Check("新办{{m.new}}，{{m.new|yoy}}。"));
        Assert.Equal(ConsistencyChecks.YoyWithoutBase, issue.Rule);
        Assert.Empty(Check("受理{{m.cases}}，{{m.cases|yoy}}。"));
    }

    [Fact]
    public void UnresolvedPlaceholder_UnknownKeyOrModifier_Blocks()
    {
        Assert.All(Check("{{nothing.registered}}{{m.cases|fancy}}{{weekday}}"), i => Assert.Equal(ConsistencyChecks.UnresolvedPlaceholder, i.Rule));
        Assert.Equal(3, Check("{{nothing.registered}}{{m.cases|fancy}}{{weekday}}").Count);
        Assert.Empty(Check("{{year}}年{{region}}，{{next_year}}年"));
    }
}
