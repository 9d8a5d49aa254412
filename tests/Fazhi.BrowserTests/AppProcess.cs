using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>One running app for every browser test (its demo is generated once); the tests of the collection run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<AppProcess>
{
    public const string Name = "app";
}

/// <summary>
/// Runs the real executable (as `dotnet Fazhi.dll`) on a free loopback port with a fresh data folder, reads the demo
/// accounts it prints on first start, and launches Debian's Chromium through Playwright (no browser download).
/// </summary>
public sealed partial class AppProcess : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "fazhi-browser", Guid.NewGuid().ToString("N"));
    private readonly List<string> _output = [];
    private Process? _process;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public Dictionary<string, string> Passwords { get; } = [];

    public static string Artifacts => Environment.GetEnvironmentVariable("FAZHI_ARTIFACTS") ?? Path.Combine(Path.GetTempPath(), "fazhi-artifacts");

    public async Task InitializeAsync()
    {
        var dll = Environment.GetEnvironmentVariable("FAZHI_APP_DLL") ?? Path.Combine(AppContext.BaseDirectory, "Fazhi.dll");
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        Directory.CreateDirectory(_data);
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["Fazhi__DataDirectory"] = _data;
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment.Remove("ConnectionStrings__Default");
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Capture(e.Data);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        // The first start generates the whole demo (every module's records through its use cases): minutes on a small machine.
        var deadline = DateTime.UtcNow.AddSeconds(900);
        while (true)
        {
            try
            {
                if ((await http.GetAsync(BaseUrl + "/login")).StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                throw new InvalidOperationException("the app did not start:\n" + string.Join('\n', _output));
            }

            await Task.Delay(300);
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
            var m = AccountLine().Match(line);
            if (m.Success)
            {
                Passwords[m.Groups[1].Value] = m.Groups[2].Value;
            }
        }
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new() { Width = 1366, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>A new page signed in as a demo account through the real login form, on the workbench.</summary>
    public async Task<IPage> SignInAsync(string login)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(BaseUrl + "/login");
        await page.FillAsync("#Login", login);
        await page.FillAsync("#Password", Passwords[login]);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#workbench");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Directory.CreateDirectory(Artifacts);
        await File.WriteAllLinesAsync(Path.Combine(Artifacts, $"app-{GetHashCode()}.log"), _output);
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"登录名\s+(\S+)\s+密码\s+(\S+)")]
    private static partial Regex AccountLine();
}
