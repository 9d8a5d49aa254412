namespace Fazhi.Platform.Data;

/// <summary>Raised when a user tries to write a row owned by another region; answered as 404 so nothing leaks.</summary>
public sealed class RegionWriteDeniedException(string regionCode)
    : InvalidOperationException($"不得写入其他区划（{regionCode}）的数据")
{
    public string RegionCode { get; } = regionCode;
}
