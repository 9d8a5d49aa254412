using Fazhi.Platform.Demo;

namespace Fazhi.Modules.Mediation.Demo;

/// <summary>人民调解演示数据 (filled in below).</summary>
public sealed class MediationDemo : IDemoData
{
    public string Name => "人民调解（调解组织、调解员、培训、调解案件）";

    public int Order => 70;

    public Task GenerateAsync(DemoContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
