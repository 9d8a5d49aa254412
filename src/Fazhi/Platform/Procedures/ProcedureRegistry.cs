namespace Fazhi.Platform.Procedures;

/// <summary>程序定义目录: every registered definition, by key and version.</summary>
public sealed class ProcedureRegistry
{
    private readonly Dictionary<(string Key, int Version), ProcedureDefinition> _definitions = [];

    public ProcedureRegistry(IEnumerable<ProcedureDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            if (!_definitions.TryAdd((definition.Key, definition.Version), definition.Validated()))
            {
                throw new InvalidOperationException($"程序定义 {definition.Key} v{definition.Version} 重复注册");
            }
        }
    }

    public IEnumerable<ProcedureDefinition> All => _definitions.Values;

    /// <summary>The version a case started under; it must stay registered while such cases exist.</summary>
    public ProcedureDefinition Get(string key, int version) =>
        _definitions.TryGetValue((key, version), out var definition)
            ? definition
            : throw new InvalidOperationException($"程序定义 {key} v{version} 未注册（仍有案件按该版本办理时不得移除）");

    public ProcedureDefinition? Find(string key, int version) => _definitions.GetValueOrDefault((key, version));

    /// <summary>The newest version: what a new case starts under.</summary>
    public ProcedureDefinition Latest(string key) =>
        _definitions.Values.Where(d => d.Key == key).MaxBy(d => d.Version)
        ?? throw new InvalidOperationException($"程序定义 {key} 未注册");
}
