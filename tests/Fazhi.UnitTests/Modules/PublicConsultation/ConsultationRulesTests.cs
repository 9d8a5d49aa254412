using Fazhi.Modules.PublicConsultation.Comments;
using Fazhi.Modules.PublicConsultation.Domain;

namespace Fazhi.UnitTests.Modules.PublicConsultation;

public sealed class ConsultationRulesTests
{
    [Theory]
    [InlineData("2026-03-01", "2026-03-31", 30)]
    [InlineData("2026-03-01", "2026-03-30", 29)]
    [InlineData("2026-02-01", "2026-03-03", 30)]
    public void WindowDays_DoNotCountThePublicationDay(string opens, string closes, int days) =>
        Assert.Equal(days, Consultation.WindowDays(DateOnly.Parse(opens, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(closes, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Window_IsOpenFromTheFirstToTheLastDayInclusive()
    {
        var c = new Consultation("441900199", Consultation.Standalone, Guid.Empty, "t", "d", "e", "u", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), null, "x", default);

        Assert.False(c.IsOpenOn(new DateOnly(2026, 2, 28)));
        Assert.True(c.IsOpenOn(new DateOnly(2026, 3, 1)));
        Assert.True(c.IsOpenOn(new DateOnly(2026, 3, 31)));
        Assert.False(c.IsOpenOn(new DateOnly(2026, 4, 1)));
        Assert.True(c.HasClosedBy(new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void TextInput_StripsControlAndBidiCharacters_KeepsLineBreaksWhenMultiline()
    {
        Assert.Equal("甲\n乙 丙", TextInput.Clean("\u0000甲\r\n乙\t丙\u202E\u0007 ", multiline: true));
        Assert.Equal("甲乙", TextInput.Clean("甲\n乙", multiline: false));
        Assert.Null(TextInput.Clean(" \u0001 ", multiline: true));
    }

    [Fact]
    public void Anchor_TakesPrefixAndSuffixFromTheStoredDraft_NotFromTheBrowser()
    {
        const string draft = "第一条 总则。第二条 市场开办者应当建立制度。第三条 附则。";
        var errors = new Dictionary<string, string[]>();

        var anchor = SubmitComment.Anchor(draft, new CommentInput("b", null, null, "市场开办者", 999, null), errors);

        Assert.Empty(errors);
        Assert.NotNull(anchor);
        Assert.Equal(draft.IndexOf("市场开办者", StringComparison.Ordinal), anchor.Start);
        Assert.Equal(anchor.Start + 5, anchor.End);
        Assert.Equal("第一条 总则。第二条 ", anchor.Prefix);
        Assert.StartsWith("应当建立制度", anchor.Suffix);
    }

    [Fact]
    public void Anchor_AtTheGivenPosition_WhenTheQuoteOccursTwice()
    {
        const string draft = "甲乙甲乙";
        var anchor = SubmitComment.Anchor(draft, new CommentInput("b", null, null, "甲乙", 2, 4), []);

        Assert.Equal(2, anchor!.Start);
        Assert.Equal("甲乙", anchor.Prefix);
        Assert.Equal("", anchor.Suffix);
    }

    [Fact]
    public void Anchor_NotInTheDraft_IsAFieldError()
    {
        var errors = new Dictionary<string, string[]>();

        Assert.Null(SubmitComment.Anchor("甲乙", new CommentInput("b", null, null, "丙", 0, 1), errors));
        Assert.Contains("quote", errors.Keys);
    }

    [Fact]
    public void MergedComment_IsNotUnanswered_PendingAndUnansweredApprovedAre()
    {
        var c = new Consultation("441900199", Consultation.Standalone, Guid.Empty, "t", "d", "e", "u", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), null, "x", default);
        var pending = new PublicComment(c, "a", null, null, null, default);
        var approved = new PublicComment(c, "b", null, null, null, default);
        approved.Approve("m", default);
        var merged = new PublicComment(c, "c", null, null, null, default);
        merged.MergeInto(approved.Id, "m", default);

        Assert.True(pending.IsUnanswered);
        Assert.True(approved.IsUnanswered);
        Assert.False(merged.IsUnanswered);
        approved.AnswerWith(AdoptionAnswer.Adopted, null, "u", default);
        Assert.False(approved.IsUnanswered);
    }
}
