using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Numbering;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Services.Queue;

/// <summary>大厅屏幕的内容: the latest calls and how many wait per category.</summary>
public sealed record BoardView(DateOnly Day, IReadOnlyList<BoardCall> Calls, IReadOnlyList<BoardWaiting> Waiting, DateTime Now);

public sealed record BoardCall(string Number, int Window, DateTime CalledAt, int Recalls);

public sealed record BoardWaiting(string Category, string Name, int Count);

/// <summary>One ticket as the API shows it.</summary>
public sealed record TicketView(Guid Id, DateOnly ServiceDay, string Number, string Category, DateTime IssuedAt, DateTime? CalledAt, int? WaitMinutes,
    int? Window, int? TargetWindow, string Status, string StatusName, string Source, int Ahead)
{
    public static TicketView Of(ServiceTicket t, int ahead = 0) => new(t.Id, t.ServiceDay, t.Number, t.Category, t.IssuedAt, t.CalledAt,
        t.WaitSeconds is { } s ? s / 60 : null, t.WindowNumber, t.TargetWindow, t.Status.ToString(), Names.Of(t.Status), Names.Of(t.Source), ahead);
}

/// <summary>
/// 排队叫号: 取号 (gap-free numbers per day and category from the kernel's Numbering, ADR 0005), 叫号, 重呼, 过号, 转窗 and
/// the hall display. Each ticket change is an ordinary audited save.
/// </summary>
public sealed class QueueUseCases(AppDbContext db, IssueNumber numbers, TimeProvider clock)
{
    private const int MaxAttempts = 8;

    public DateOnly Today => LegalDate.Today(clock);

    /// <summary>The counter of one category on one day: kind services.ticket.a.d0105, year of the day.</summary>
    public static string NumberKind(string category, DateOnly day) => $"services.ticket.{category.ToLowerInvariant()}.d{day:MMdd}";

    public async Task<IReadOnlyList<QueueCategory>> CategoriesAsync(CancellationToken ct) =>
        await db.Set<QueueCategory>().AsNoTracking().OrderBy(c => c.Letter).ToListAsync(ct);

    public async Task<TicketView> TakeAsync(string region, string category, CancellationToken ct)
    {
        var letter = (category ?? "").Trim().ToUpperInvariant();
        if (!await db.Set<QueueCategory>().AnyAsync(c => c.RegionCode == region && c.Letter == letter, ct))
        {
            throw new FieldValidationException("category", "请选择本大厅的业务类别");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var day = LegalDate.Today(clock);
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var issued = await numbers.NextAsync(db, region, NumberKind(letter, day), day.Year, null, ct);
                var ticket = new ServiceTicket(region, day, letter, checked((int)issued.Sequence), now, TicketSource.Kiosk);
                db.Add(ticket);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                var ahead = await db.Set<ServiceTicket>().CountAsync(t => t.RegionCode == region && t.ServiceDay == day && t.Category == letter
                                                                          && t.Status == TicketStatus.Waiting && t.IssuedAt < now, ct);
                return TicketView.Of(ticket, ahead);
            }
            catch (Exception e) when (attempt < MaxAttempts && IsTransient(e))
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds((10 << attempt) + Random.Shared.Next(20)), ct);
            }
        }
    }

    /// <summary>叫号: a ticket transferred to this window first, else the oldest waiting ticket of the window's categories today.</summary>
    public async Task<TicketView?> CallNextAsync(string region, int window, CancellationToken ct)
    {
        var counter = await WindowAsync(region, window, ct);
        var letters = counter.Categories.Select(c => c.ToString()).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var day = Today;
            var ticket = await db.Set<ServiceTicket>()
                             .Where(t => t.RegionCode == region && t.ServiceDay == day && t.Status == TicketStatus.Transferred && t.TargetWindow == window)
                             .OrderBy(t => t.ChangedAt).FirstOrDefaultAsync(ct)
                         ?? await db.Set<ServiceTicket>()
                             .Where(t => t.RegionCode == region && t.ServiceDay == day && t.Status == TicketStatus.Waiting && letters.Contains(t.Category))
                             .OrderBy(t => t.IssuedAt).ThenBy(t => t.Sequence).FirstOrDefaultAsync(ct);
            if (ticket is null)
            {
                return null;
            }

            try
            {
                ticket.Call(window, clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                return TicketView.Of(ticket);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another window called it first.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<TicketView> RecallAsync(string region, int window, Guid id, CancellationToken ct) =>
        await ChangeAsync(region, window, id, t => t.Recall(window, clock.GetUtcNow().UtcDateTime), ct);

    public async Task<TicketView> SkipAsync(string region, int window, Guid id, CancellationToken ct) =>
        await ChangeAsync(region, window, id, t => t.Skip(window, clock.GetUtcNow().UtcDateTime), ct);

    public async Task<TicketView> TransferAsync(string region, int window, Guid id, int toWindow, CancellationToken ct)
    {
        await WindowAsync(region, toWindow, ct);
        return await ChangeAsync(region, window, id, t => t.Transfer(window, toWindow, clock.GetUtcNow().UtcDateTime), ct);
    }

    /// <summary>The ticket a window is serving now (its latest call today), if any.</summary>
    public async Task<TicketView?> CurrentAsync(string region, int window, CancellationToken ct)
    {
        var day = Today;
        var ticket = await db.Set<ServiceTicket>().AsNoTracking()
            .Where(t => t.RegionCode == region && t.ServiceDay == day && t.Status == TicketStatus.Called && t.WindowNumber == window)
            .OrderByDescending(t => t.ChangedAt).FirstOrDefaultAsync(ct);
        return ticket is null ? null : TicketView.Of(ticket);
    }

    public async Task<BoardView> BoardAsync(string region, CancellationToken ct)
    {
        var day = Today;
        var calls = await db.Set<ServiceTicket>().AsNoTracking()
            .Where(t => t.RegionCode == region && t.ServiceDay == day && t.Status == TicketStatus.Called)
            .OrderByDescending(t => t.ChangedAt).Take(10)
            .Select(t => new BoardCall(t.Number, t.WindowNumber ?? 0, t.CalledAt ?? t.ChangedAt, t.Recalls)).ToListAsync(ct);
        var waiting = await db.Set<ServiceTicket>().AsNoTracking()
            .Where(t => t.RegionCode == region && t.ServiceDay == day && (t.Status == TicketStatus.Waiting || t.Status == TicketStatus.Transferred))
            .GroupBy(t => t.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var names = await db.Set<QueueCategory>().AsNoTracking().Where(c => c.RegionCode == region).ToDictionaryAsync(c => c.Letter, c => c.Name, ct);
        return new BoardView(day, calls,
            names.OrderBy(n => n.Key).Select(n => new BoardWaiting(n.Key, n.Value, waiting.FirstOrDefault(w => w.Key == n.Key)?.Count ?? 0)).ToList(),
            clock.GetUtcNow().UtcDateTime);
    }

    public async Task<ServiceWindow> WindowAsync(string region, int number, CancellationToken ct) =>
        await db.Set<ServiceWindow>().FirstOrDefaultAsync(w => w.RegionCode == region && w.Number == number, ct)
        ?? throw new RecordNotFoundException($"没有{number}号窗口");

    private async Task<TicketView> ChangeAsync(string region, int window, Guid id, Action<ServiceTicket> change, CancellationToken ct)
    {
        await WindowAsync(region, window, ct);
        var ticket = await db.Set<ServiceTicket>().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new RecordNotFoundException("排队号不存在");
        change(ticket);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException($"{ticket.Number}号刚被其他窗口办理，请刷新");
        }

        return TicketView.Of(ticket);
    }

    private static bool IsTransient(Exception e) => e switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode is 5 or 6,
        Npgsql.PostgresException p => p.SqlState is "40001" or "40P01",
        DbUpdateException { InnerException: { } inner } => IsTransient(inner),
        _ => false,
    };
}
