namespace Fazhi.Modules.Indicators.Domain;

/// <summary>期末数 (a stock, read at the end of the year) or 期间数 (a flow, what happened during the year).</summary>
public enum IndicatorNature
{
    Stock,
    Flow,
}

/// <summary>
/// A figure the report cites that comes from another system (市场监管, 知识产权, 司法行政 …), reported by the department that
/// holds it. Whole units (户, 件, 场) take whole numbers only.
/// </summary>
public sealed record IndicatorDefinition(string Key, string Name, string Unit, IndicatorNature Nature, string Department, string Definition)
{
    public bool WholeNumbers => Unit is "户" or "件" or "场" or "人" or "家" or "个" or "次";
}

/// <summary>数据报送目录: the reported figures and who reports them (the seed's market and trademark figures first).</summary>
public static class IndicatorCatalog
{
    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new("market.entities", "实有市场主体", "户", IndicatorNature.Stock, "市场监督管理分局", "年末登记在册的各类市场主体户数（企业、个体工商户、农民专业合作社）。"),
        new("market.new_entities", "新登记市场主体", "户", IndicatorNature.Flow, "市场监督管理分局", "年度内新设立登记的市场主体户数。"),
        new("ip.trademarks_valid", "有效注册商标", "件", IndicatorNature.Stock, "市场监督管理分局", "年末辖区市场主体持有的有效注册商标件数（累计）。"),
        new("ip.trademarks_new", "新增注册商标", "件", IndicatorNature.Flow, "市场监督管理分局", "年度内辖区市场主体新获核准注册的商标件数。"),
        new("publicity.law_events", "法治宣传活动", "场", IndicatorNature.Flow, "司法所", "年度内组织开展的法治宣传活动场次（普法讲座、法律咨询、宣传周等）。"),
        new("legal_aid.cases", "法律援助案件", "件", IndicatorNature.Flow, "司法所", "年度内受理的法律援助案件数。"),
        new("legal_advisers.village_coverage", "村（社区）法律顾问覆盖率", "%", IndicatorNature.Stock, "司法所", "年末已配备法律顾问的村（社区）占全部村（社区）的比例。"),
    ];

    public static IndicatorDefinition? Find(string? key) => All.FirstOrDefault(d => d.Key == key?.Trim());

    /// <summary>By key or Chinese name (what a ledger cell holds).</summary>
    public static IndicatorDefinition? Parse(string? text) =>
        All.FirstOrDefault(d => d.Key == text?.Trim() || d.Name == text?.Trim());
}
