using Fazhi.Platform.Demo;

namespace Fazhi.Modules.Disputes.Demo;

/// <summary>矛盾纠纷排查演示数据 (filled in below).</summary>
public sealed class DisputesDemo : IDemoData
{
    public string Name => "矛盾纠纷排查化解（排查轮次、纠纷登记、交办、分流、化解）";

    public int Order => 75;

    public Task GenerateAsync(DemoContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
