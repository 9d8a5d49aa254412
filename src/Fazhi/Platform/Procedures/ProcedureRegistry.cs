namespace Fazhi.Platform.Procedures;

/// <summary>程序定义目录: every registered definition, by key and version.</summary>
public sealed class ProcedureRegistry
{
    private readonly Dictionary<(string Key, int Version), ProcedureDefinition> _definitions = [];

    /// <summary>
    /// <paramref name="configuration"/> may set a clock's extension cap where the statute leaves it to sector rules ([U] in
    /// law.md): <c>Fazhi:Procedures:{procedure}:{clock}:MaxExtension</c>. Clocks started afterwards use it.
    /// </summary>
    public ProcedureRegistry(IEnumerable<ProcedureDefinition> definitions, IConfiguration? configuration = null)
    {
        foreach (var given in definitions)
        {
            var definition = configuration is null ? given : WithSettings(given, configuration);
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

    private static ProcedureDefinition WithSettings(ProcedureDefinition definition, IConfiguration configuration) =>
        definition with
        {
            Clocks = [.. definition.Clocks.Select(rule =>
                configuration.GetValue<int?>($"Fazhi:Procedures:{definition.Key}:{rule.Key}:MaxExtension") is { } cap and >= 0
                    ? rule with { MaxExtension = cap }
                    : rule)],
        };
}
