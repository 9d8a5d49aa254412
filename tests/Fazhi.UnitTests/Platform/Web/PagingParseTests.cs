using Fazhi.Platform.Web;

namespace Fazhi.UnitTests.Platform.Web;

public sealed class PagingParseTests
{
    [Theory]
    [InlineData(null, null, 1, 20)]
    [InlineData("3", "50", 3, 50)]
    [InlineData(" 2 ", "200", 2, 200)]
    public void PageAndSize_FromText_DefaultWhenAbsent(string? page, string? size, int expectedPage, int expectedSize)
    {
        var errors = new Dictionary<string, string[]>();
        Assert.Equal((expectedPage, expectedSize), Paging.Parse(page, size, errors));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("0", null, "page")]
    [InlineData("abc", null, "page")]
    [InlineData("100001", null, "page")]
    [InlineData(null, "0", "pageSize")]
    [InlineData(null, "201", "pageSize")]
    [InlineData(null, "-5", "pageSize")]
    public void BadPageOrSize_IsAChineseFieldError_NotADefault(string? page, string? size, string field)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Parse(page, size, errors);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", Assert.Single(errors[field]));
    }
}
