namespace Fazhi.Modules.Indicators;

/// <summary>数据报送设置 (configuration section "Indicators").</summary>
public sealed class IndicatorsOptions
{
    /// <summary>A year's figures are due by this day of the following January (a local arrangement; default 20).</summary>
    public int DueDayOfJanuary { get; set; } = 20;
}
