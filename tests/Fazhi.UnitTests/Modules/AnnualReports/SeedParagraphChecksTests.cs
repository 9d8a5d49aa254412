using Fazhi.Modules.AnnualReports.Checks;
using Fazhi.Modules.AnnualReports.Figures;

namespace Fazhi.UnitTests.Modules.AnnualReports;

/// <summary>
/// The checks on the 常平镇 2022 report's own sentences (verbatim, its ASCII commas included): correct prose must not trip
/// the rate rule, the real slips must. Typed numbers there match no registry figure, so they ask for confirmation — that
/// is the point of typing none — but none of these blocks except the 5792.14元.
/// </summary>
public sealed class SeedParagraphChecksTests
{
    private static IReadOnlyList<ConsistencyIssue> Check(string text) =>
        ConsistencyChecks.Run([new CheckedSection(Guid.NewGuid(), "（三）加快转变政府职能", text, true)], new Dictionary<string, ReportFigure>());

    [Theory]
    [InlineData("推进“一门集中”政务服务改革,常平镇政务服务中心已进驻公安、税务、不动产、交通等27个部门(单位),共设置对外业务窗口72个,已实现1025项业务综合受理,2022年以来,群众办事等候超时率同比下降50%以上,窗口服务质量评价连续12个月位列全市第一,为民办事服务效能全面提升。")]
    [InlineData("2022年,全镇实有市场主体66726户,同比增长11.77%,新登记市场主体10299户,同比增长16.86%。")]
    [InlineData("政府合同协议、重大行政决策严格执行合法性审查要求,2022年以来,共90份党委政府文件、89份政府经济合同经法律顾问合法性审查,同比增长78%,涉及金额约76.4亿元。")]
    [InlineData("2022年共办理行政诉讼案件10宗、行政复议案件2宗,行政诉讼案件负责人出庭应诉率达100%,通过行政机关负责人出庭和涉案部门负责人旁听的情景式教育,进一步推动行政争议的实质性化解。")]
    [InlineData("2022年以来,各调解组织共受理调解案件5911宗,成功调解5693宗,调解成功率为96.3%。")]
    [InlineData("2022年,共安排27名领导接访群众82人次,高效解决群众合理诉求,进一步增进党群关系,群众满意度由4月份的54.55%提升到10月的95.94%,满意率得到大幅提升。")]
    public void RateMismatch_DoesNotTrip_OnTheSeedsCorrectSentences(string sentence)
    {
        var issues = Check(sentence);
        Assert.DoesNotContain(issues, i => i.Blocking);
        Assert.DoesNotContain(issues, i => i.Rule == ConsistencyChecks.RateMismatch);
    }

    [Fact]
    public void RateMismatch_ADurationIsNotACount()
    {
        // "连续12个月" is not a count of 个 beside "27个部门" and "72个窗口".
        var issues = Check("已进驻27个部门,共设置对外业务窗口72个,窗口服务质量评价连续12个月位列全市第一。");
        Assert.Equal(2, issues.Count(i => i.Rule == ConsistencyChecks.UnconfirmedNumber));
        Assert.DoesNotContain(issues, i => i.Message.StartsWith("“12个", StringComparison.Ordinal));
        Assert.DoesNotContain(issues, i => i.Rule == ConsistencyChecks.RateMismatch);
    }

    [Fact]
    public void RateMismatch_Trips_WhenTheSeedsMediationRateIsMistyped()
    {
        var issue = Assert.Single(Check("2022年以来,各调解组织共受理调解案件5911宗,成功调解5693宗,调解成功率为93.6%。"), i => i.Blocking);
        Assert.Equal(ConsistencyChecks.RateMismatch, issue.Rule);
        Assert.Contains("5693宗÷5911宗=96.3%", issue.Message);
    }

    [Fact]
    public void RateMismatch_Trips_WhenTheShareOfTheLitigationSentenceIsAboutItsCounts()
    {
        // The same counts with a share that does relate them (行政复议 of all cases) must agree.
        var issue = Assert.Single(Check("2022年共办理行政争议案件10宗,其中行政复议案件2宗,行政复议案件占比为25%。"), i => i.Blocking);
        Assert.Equal(ConsistencyChecks.RateMismatch, issue.Rule);
        Assert.Contains("20%", issue.Message);
    }

    [Fact]
    public void UnconfirmedNumber_EveryTypedNumberOfTheSeed_AsksForConfirmation()
    {
        var issues = Check("2022年,全镇实有市场主体66726户,同比增长11.77%,新登记市场主体10299户,同比增长16.86%。");
        Assert.Equal(4, issues.Count(i => i.Rule == ConsistencyChecks.UnconfirmedNumber));
        Assert.All(issues, i => Assert.True(i.NeedsConfirmation && !i.Blocking));
        Assert.Equal(4, issues.Select(i => i.Fingerprint).Distinct().Count());
    }

    [Fact]
    public void Fingerprint_ChangesWithTheSentence_SoAnAcceptanceDoesNotOutliveAnEdit()
    {
        var section = Guid.NewGuid();
        Assert.Equal(ConsistencyChecks.Fingerprint("r", section, "共99份合同。", "99份"), ConsistencyChecks.Fingerprint("r", section, "共99份合同。", "99份"));
        Assert.NotEqual(ConsistencyChecks.Fingerprint("r", section, "共99份合同。", "99份"), ConsistencyChecks.Fingerprint("r", section, "共98份合同。", "98份"));
    }
}
