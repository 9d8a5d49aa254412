using Fazhi.Platform.Regions;

namespace Fazhi.UnitTests.Platform.Regions;

public sealed class RegionCodesTests
{
    [Theory]
    [InlineData("440000", RegionLevel.Province)]
    [InlineData("441900", RegionLevel.City)]
    [InlineData("440103", RegionLevel.County)]
    [InlineData("441900199", RegionLevel.Town)]
    [InlineData("441900199001", RegionLevel.Village)]
    public void RegionCode_LevelFollowsGbt2260(string code, RegionLevel expected)
    {
        Assert.True(RegionCodes.TryGetLevel(code, out var level, out _));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("")]
    [InlineData("44190")]
    [InlineData("4419001990")]
    [InlineData("441900000")]
    [InlineData("44190019900A")]
    [InlineData("000000")]
    public void RegionCode_Invalid_IsRefusedWithChineseReason(string code)
    {
        Assert.False(RegionCodes.TryGetLevel(code, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void SubtreePrefix_OfDongguanCity_CoversItsTowns()
    {
        Assert.StartsWith(RegionCodes.SubtreePrefix("441900", RegionLevel.City), "441900199");
        Assert.Equal("441900199", RegionCodes.SubtreePrefix("441900199", RegionLevel.Town));
    }

    [Theory]
    [InlineData("4419", "441900199", true)]
    [InlineData("4419", "441900199001", true)]
    [InlineData("4419", "441999999999", true)]
    [InlineData("4419", "4419", true)]
    [InlineData("4419", "441800199", false)]
    [InlineData("4419", "442000", false)]
    [InlineData("441900199", "441900199", true)]
    [InlineData("441900199", "441900199001", true)]
    [InlineData("441900199", "441900198001", false)]
    [InlineData("441900199", "441900200", false)]
    [InlineData("441900199", "441900", false)]
    [InlineData("441900199001", "441900199001", true)]
    [InlineData("441900199001", "441900199002", false)]
    public void SubtreeRange_HoldsExactlyTheCodesStartingWithThePrefix(string prefix, string code, bool inSubtree)
    {
        var upper = RegionCodes.SubtreeUpperBound(prefix);
        var inRange = string.CompareOrdinal(code, prefix) >= 0 && string.CompareOrdinal(code, upper) <= 0;
        Assert.Equal(code.StartsWith(prefix, StringComparison.Ordinal), inSubtree);
        Assert.Equal(inSubtree, inRange);
    }

    [Fact]
    public void SubtreeRange_OfTheAnonymousScope_IsTheOneValueNoCodeHas()
    {
        // "-" is the prefix of a request without a user; padded with 9s it could sort after codes under a locale collation.
        Assert.Equal("-", RegionCodes.SubtreeUpperBound("-"));
    }
}
