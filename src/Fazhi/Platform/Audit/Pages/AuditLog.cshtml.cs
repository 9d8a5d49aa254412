using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Audit.Pages;

/// <summary>审计记录查询: the audit rows of the caller's region subtree, filtered and paged, newest first.</summary>
[Authorize(PlatformPermissions.AuditRead)]
public sealed class AuditLogModel(AppDbContext db) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Actions =
    [
        ("Insert", "新增"), ("Update", "修改"), ("Delete", "删除"),
        (nameof(SecurityEvent.SignIn), "登录"), (nameof(SecurityEvent.SignInFailed), "登录失败"),
        (nameof(SecurityEvent.LockedOut), "账户锁定"), (nameof(SecurityEvent.SignOut), "退出"),
        (nameof(SecurityEvent.TwoFactorEnabled), "绑定动态口令"), (nameof(SecurityEvent.TokenCreated), "签发令牌"),
        (nameof(SecurityEvent.TokenRevoked), "吊销令牌"),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Paged<AuditEntry> Rows { get; private set; } = new([], 1, 50, 0);

    public static string Label(string action) => Actions.FirstOrDefault(a => a.Value == action).Label ?? action;

    public async Task OnGetAsync()
    {
        var query = db.Set<AuditEntry>().AsNoTracking().WithinScope(db.Scope);

        if (!string.IsNullOrWhiteSpace(Entity))
        {
            query = query.Where(a => a.Entity == Entity.Trim());
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            query = query.Where(a => a.Action == Action);
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            query = query.Where(a => a.Actor == Actor.Trim());
        }

        // Dates are Beijing dates (UTC+8); rows keep UTC instants.
        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
            query = query.Where(a => a.At >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
            query = query.Where(a => a.At < end);
        }

        Rows = await query.OrderByDescending(a => a.Sequence).ToPagedAsync(PageNumber, 50);
    }

    public async Task<IActionResult> OnGetVerifyAsync()
    {
        var result = await AuditChain.VerifyAsync(db, HttpContext.RequestAborted);
        var text = result.Ok ? $"审计链完整，共{result.Rows}条记录" : $"审计链校验失败：{result.Detail}";
        return Content($"<span class=\"{(result.Ok ? "text-success" : "text-danger")}\" id=\"verify-text\">{System.Net.WebUtility.HtmlEncode(text)}</span>", "text/html; charset=utf-8");
    }

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["entity"] = Entity,
            ["action"] = Action,
            ["actor"] = Actor,
            ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).ToUriComponent();
}
