using Fazhi.Platform.Calendar;

namespace Fazhi.UnitTests.Platform.Calendar;

/// <summary>What an administrator may load as a year's notice (the admin page's checks).</summary>
public sealed class HolidayScheduleInputTests
{
    private const string Valid2027 = """
        {"holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-03"},{"name":"国庆节","from":"2027-10-01","to":"2027-10-07"}],
         "makeUpWorkdays":["2027-01-09","2027-10-09"]}
        """;

    private static string[] JsonErrors(int year, string json)
    {
        var (schedule, errors) = HolidayScheduleInput.Check(year, "测试通知", json);
        Assert.Null(schedule);
        return errors[HolidayScheduleInput.JsonField];
    }

    [Fact]
    public void ValidYear_IsAccepted_AsTyped()
    {
        var (schedule, errors) = HolidayScheduleInput.Check(2027, " 国办发明电〔2026〕1号 ", Valid2027);
        Assert.Empty(errors);
        Assert.NotNull(schedule);
        Assert.Equal("国办发明电〔2026〕1号", schedule.Source);
        Assert.Equal(new HolidayRange("元旦", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3)), schedule.Holidays[0]);
        Assert.Equal([new DateOnly(2027, 1, 9), new DateOnly(2027, 10, 9)], schedule.MakeUpWorkdays);
    }

    [Fact]
    public void ShippedYears_PassTheSameChecks()
    {
        foreach (var shipped in ShippedCalendarSource.ShippedSchedules())
        {
            var (schedule, errors) = HolidayScheduleInput.Check(shipped.Year, shipped.Source, HolidayScheduleJson.ToYearJson(shipped));
            Assert.True(schedule is not null, $"{shipped.Year}: {string.Join("；", errors.SelectMany(e => e.Value))}");
        }
    }

    [Fact]
    public void NewYearRange_MayStartOnDec31OfPreviousYear()
    {
        var (schedule, _) = HolidayScheduleInput.Check(2023, "国办发明电〔2022〕16号", """
            {"holidays":[{"name":"元旦","from":"2022-12-31","to":"2023-01-02"}],"makeUpWorkdays":[]}
            """);
        Assert.NotNull(schedule);
    }

    [Fact]
    public void MakeUpDay_MayLieInLastDaysOfPreviousYear()
    {
        // The 2019 notice: 2018-12-29 (Sat) 上班, 2018-12-30..2019-01-01 放假.
        var (schedule, _) = HolidayScheduleInput.Check(2019, "国办发明电〔2018〕15号", """
            {"holidays":[{"name":"元旦","from":"2018-12-30","to":"2019-01-01"}],"makeUpWorkdays":["2018-12-29"]}
            """);
        Assert.NotNull(schedule);
    }

    [Fact]
    public void FromAfterTo_IsRefused()
    {
        Assert.Contains("第1个放假区间（元旦）的开始日期 2027-01-03 晚于结束日期 2027-01-01",
            JsonErrors(2027, """{"holidays":[{"name":"元旦","from":"2027-01-03","to":"2027-01-01"}],"makeUpWorkdays":[]}"""));
    }

    [Fact]
    public void DateFarFromTheYear_IsRefused()
    {
        var errors = JsonErrors(2027, """{"holidays":[{"name":"国庆节","from":"2026-10-01","to":"2026-10-07"}],"makeUpWorkdays":["2026-09-26"]}""");
        Assert.Contains(errors, e => e.StartsWith("放假区间“国庆节”的日期2026-10-01不属于2027年", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("调休上班日2026-09-26不属于2027年", StringComparison.Ordinal));
    }

    [Fact]
    public void RangeWithNoDayInTheYear_IsRefused()
    {
        Assert.Contains("放假区间“元旦”没有一天在2027年内",
            JsonErrors(2027, """{"holidays":[{"name":"元旦","from":"2026-12-30","to":"2026-12-31"}],"makeUpWorkdays":[]}"""));
    }

    [Fact]
    public void MakeUpDay_OnWeekday_IsRefused()
    {
        Assert.Contains("调休上班日2027-01-04是星期一，调休上班日只能是星期六或星期日",
            JsonErrors(2027, """{"holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-03"}],"makeUpWorkdays":["2027-01-04"]}"""));
    }

    [Fact]
    public void DayBothHolidayAndMakeUp_IsRefused()
    {
        Assert.Contains("2027-01-02既在放假区间“元旦”内，又被列为调休上班日",
            JsonErrors(2027, """{"holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-03"}],"makeUpWorkdays":["2027-01-02"]}"""));
    }

    [Fact]
    public void OverlappingRanges_AreRefused()
    {
        Assert.Contains("放假区间“中秋节”与“国庆节”有重叠", JsonErrors(2027, """
            {"holidays":[{"name":"国庆节","from":"2027-10-01","to":"2027-10-07"},{"name":"中秋节","from":"2027-09-29","to":"2027-10-01"}],"makeUpWorkdays":[]}
            """));
    }

    [Fact]
    public void OverlongRange_IsRefusedAsTypingError()
    {
        Assert.Contains("放假区间“国庆节”长达68天，超过15天，请检查日期",
            JsonErrors(2027, """{"holidays":[{"name":"国庆节","from":"2027-10-01","to":"2027-12-07"}],"makeUpWorkdays":[]}"""));
    }

    [Fact]
    public void DuplicateMakeUpDay_IsRefused()
    {
        Assert.Contains("调休上班日2027-01-09重复",
            JsonErrors(2027, """{"holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-03"}],"makeUpWorkdays":["2027-01-09","2027-01-09"]}"""));
    }

    [Theory]
    [InlineData("{", "不是有效的 JSON")]
    [InlineData("[]", "JSON 顶层应为对象")]
    [InlineData("""{"makeUpWorkdays":[]}""", "缺少放假区间数组 holidays")]
    [InlineData("""{"holidays":[],"makeUpWorkdays":[]}""", "holidays 至少应有一个放假区间")]
    [InlineData("""{"holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-03"}]}""", "缺少调休上班日数组 makeUpWorkdays（没有调休上班日时写 []）")]
    [InlineData("""{"holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-03"}],"makeupWorkdays":[]}""", "不认识的字段“makeupWorkdays”：只允许 holidays 和 makeUpWorkdays")]
    [InlineData("""{"holidays":[{"from":"2027-01-01","to":"2027-01-03"}],"makeUpWorkdays":[]}""", "第1个放假区间缺少节日名称 name")]
    [InlineData("""{"holidays":[{"name":"元旦","from":"2027/01/01","to":"2027-01-03"}],"makeUpWorkdays":[]}""", "第1个放假区间（元旦）的开始日期 from缺失或不是 yyyy-MM-dd 格式的有效日期")]
    [InlineData("""{"holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-02-30"}],"makeUpWorkdays":[]}""", "第1个放假区间（元旦）的结束日期 to缺失或不是 yyyy-MM-dd 格式的有效日期")]
    [InlineData("""{"holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-03"}],"makeUpWorkdays":[20270109]}""", "调休上班日“20270109”不是 yyyy-MM-dd 格式的有效日期")]
    public void MalformedShape_IsRefusedWithChineseMessage(string json, string expected)
    {
        Assert.Contains(JsonErrors(2027, json), e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "请填写年份")]
    [InlineData(1999, "年份应在2000至2100之间")]
    [InlineData(2101, "年份应在2000至2100之间")]
    public void YearOutsideRange_IsRefused(int? year, string expected)
    {
        var (schedule, errors) = HolidayScheduleInput.Check(year, "测试", Valid2027);
        Assert.Null(schedule);
        Assert.Equal([expected], errors[HolidayScheduleInput.YearField]);
    }

    [Fact]
    public void MissingSource_IsRefused()
    {
        var (_, errors) = HolidayScheduleInput.Check(2027, "  ", Valid2027);
        Assert.StartsWith("请填写通知来源", errors[HolidayScheduleInput.SourceField][0], StringComparison.Ordinal);
    }

    [Fact]
    public void StoredJson_RoundTrips()
    {
        var (schedule, _) = HolidayScheduleInput.Check(2027, "测试", Valid2027);
        var again = HolidayScheduleJson.ParseYearJson(2027, "测试", HolidayScheduleJson.ToYearJson(schedule!));
        Assert.Equal(schedule!.Holidays, again.Holidays);
        Assert.Equal(schedule.MakeUpWorkdays, again.MakeUpWorkdays);
    }
}
