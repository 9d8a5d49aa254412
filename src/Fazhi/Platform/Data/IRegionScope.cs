namespace Fazhi.Platform.Data;

/// <summary>
/// 数据范围 (data scope) of the current request: which region subtree may be read and which region may be written.
/// A null prefix means an unscoped system context (start-up, CLI, the scheduled scan); never used for a web user.
/// </summary>
public interface IRegionScope
{
    /// <summary>Code prefix of the readable subtree, e.g. "441900199" for a town, "4419" for 东莞市; null = system.</summary>
    string? ReadPrefix { get; }

    /// <summary>The one region a user may write to; null = system.</summary>
    string? WriteRegion { get; }

    /// <summary>Who is acting, for the audit trail (login name or "system").</summary>
    string Actor { get; }
}

/// <summary>The unscoped context used by start-up, CLI verbs and background jobs.</summary>
public sealed class SystemRegionScope : IRegionScope
{
    public static readonly SystemRegionScope Instance = new();

    public string? ReadPrefix => null;

    public string? WriteRegion => null;

    public string Actor => "system";
}
