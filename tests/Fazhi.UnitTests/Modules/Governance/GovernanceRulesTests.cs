using Fazhi.Modules.Governance;
using Fazhi.Modules.Governance.Domain;

namespace Fazhi.UnitTests.Modules.Governance;

/// <summary>The ordinal numerals of meetings, the weights of the evaluation catalogue, the weighted total and the grade thresholds.</summary>
public sealed class GovernanceRulesTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(4, "四")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(1005, "一千零五")]
    [InlineData(1050, "一千零五十")]
    public void MeetingOrdinal_IsWrittenInChineseNumerals(int number, string numeral) => Assert.Equal(numeral, ChineseNumerals.Of(number));

    [Fact]
    public void MeetingOrdinal_OfTheFourthMeeting_Is第四次会议() => Assert.Equal("第四次会议", ChineseNumerals.MeetingOrdinal(4));

    [Fact]
    public void EvaluationScheme_WeightsMustBePositiveAndSumTo100()
    {
        Assert.True(EvaluationScheme.WeightsAreValid([20, 30, 30, 20]));
        Assert.False(EvaluationScheme.WeightsAreValid([20, 30, 30, 15]));
        Assert.False(EvaluationScheme.WeightsAreValid([110, -10]));
        Assert.False(EvaluationScheme.WeightsAreValid([]));
        Assert.Throws<ArgumentException>(() => new EvaluationScheme("441900123000", "办法", new DateOnly(2025, 3, 1), [("依法履职", 50), ("工作实绩", 40)]));
    }

    [Fact]
    public void CadreEvaluation_Total_IsTheWeightedSumOfTheScores_NeverTyped()
    {
        var scheme = new EvaluationScheme("441900123000", "办法", new DateOnly(2025, 3, 1), [("政治素质", 20), ("依法履职", 30), ("工作实绩", 30), ("廉洁自律", 20)]);
        var evaluation = new CadreEvaluation("441900123000", scheme, new EvaluationPeriod(2025, PeriodKind.FirstHalf), "镇司法所", "张丽", "所长",
            new DateOnly(2025, 7, 15), [90, 88, 85, 95], "良好", null, null, null, "test");
        Assert.Equal(88.9m, evaluation.Total);
        Assert.Equal(4, evaluation.Scores.Count);
        Assert.Equal("2025年上半年", evaluation.Period.ToString());
        Assert.Equal(new DateOnly(2025, 7, 1), new EvaluationPeriod(2025, PeriodKind.SecondHalf).FirstDay);
        Assert.Equal("2025年度", new EvaluationPeriod(2025, PeriodKind.Annual).ToString());
    }

    [Fact]
    public void CadreEvaluation_Grade_FollowsTheConfiguredThresholds()
    {
        var defaults = new GovernanceOptions();
        Assert.Equal("优秀", defaults.GradeOf(90m));
        Assert.Equal("良好", defaults.GradeOf(89.99m));
        Assert.Equal("合格", defaults.GradeOf(60m));
        Assert.Equal("不合格", defaults.GradeOf(59.9m));
        var town = new GovernanceOptions { Grades = [new() { Name = "好", Minimum = 85 }, new() { Name = "较好", Minimum = 70 }], LowestGrade = "一般" };
        Assert.Equal("好", town.GradeOf(85m));
        Assert.Equal("一般", town.GradeOf(69m));
    }

    [Fact]
    public void Decision_DeadlineMustFallAfterTheMeeting()
    {
        var body = new CommitteeBody("441900123000", BodyKind.Committee, "委员会", null, 3);
        var meeting = new Meeting(body, new DateOnly(2025, 3, 24), null, "主任", 20, null, "test");
        Assert.Throws<ArgumentException>(() => meeting.Decide("事项", "镇司法所", null, new DateOnly(2025, 3, 24), 1));
        Assert.Equal("governance:decision:" + meeting.Decide("事项", "镇司法所", null, new DateOnly(2025, 3, 25), 1).Id, meeting.Decisions[0].OriginKey);
    }
}
