using System.Data.Common;
using System.Globalization;
using System.Text;

using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fazhi.Modules.Services.Queue;

/// <summary>One row of the ticket log (export and import share the layout; times are Beijing time).</summary>
public sealed class TicketRow
{
    public DateOnly ServiceDay { get; set; }

    public string Number { get; set; } = "";

    public DateTime IssuedLocal { get; set; }

    public DateTime? CalledLocal { get; set; }

    public int? Window { get; set; }

    public string Status { get; set; } = "";

    public string Source { get; set; } = "";
}

/// <summary>排队记录的查询条件.</summary>
public sealed class TicketFilter
{
    public string? Day { get; set; }

    public string? Category { get; set; }

    public string? Status { get; set; }

    public string? Q { get; set; }

    public string? Sort { get; set; }

    public string? Page { get; set; }

    public string? PageSize { get; set; }
}

/// <summary>Progress of a running import: rows written of rows in the file.</summary>
public sealed record ImportProgress(string Stage, int Done, int Total);

/// <summary>
/// 排队记录台账: list, export, and import of an existing queue system's log (same columns). An import is checked whole
/// first (every bad row reported, nothing stored), then written in batches of multi-row INSERTs in one transaction; the
/// file is recorded as one audited <see cref="TicketImport"/> row that each ticket row points to.
/// </summary>
public sealed class TicketLedger(AppDbContext db, TimeProvider clock)
{
    public const int BatchRows = 400;
    private static readonly TimeSpan Beijing = LegalDate.ChinaOffset;
    private static readonly string[] TimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm"];

    public static readonly LedgerLayout<TicketRow> Layout = new("排队取号记录",
    [
        new("营业日", r => ApplicationClocks.Day(r.ServiceDay), (r, t) => Cells.Date(t, out var d) ?? Set(() => r.ServiceDay = d), Required: true),
        new("号码", r => r.Number, (r, t) => t.Length is >= 2 and <= 10 && char.IsAsciiLetter(t[0]) && t[1..].All(char.IsAsciiDigit)
            ? Set(() => r.Number = t.ToUpperInvariant()) : "号码应为业务类别字母加数字，如 A023", Required: true),
        // Cross-column checks sit in the later column's parser, so a file's parse errors and these are reported together.
        new("取号时间", r => Time(r.IssuedLocal), (r, t) => ParseTime(t, out var v)
            ?? (r.ServiceDay != default && DateOnly.FromDateTime(v) != r.ServiceDay ? "取号时间应在营业日当天" : Set(() => r.IssuedLocal = v)), Required: true),
        new("叫号时间", r => r.CalledLocal is { } c ? Time(c) : "", (r, t) => ParseTime(t, out var v)
            ?? (r.IssuedLocal != default && v < r.IssuedLocal ? "叫号时间不能早于取号时间" : Set(() => r.CalledLocal = v))),
        new("窗口号", r => r.Window, (r, t) => Cells.WholeNumber(t, out var v) ?? (v is < 1 or > 999 ? "窗口号应为1至999" : Set(() => r.Window = v))),
        new("状态", r => r.Status),
        new("来源", r => r.Source),
    ]);

    public async Task<Paged<TicketView>> ListAsync(TicketFilter filter, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var query = Filtered(filter, errors);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var total = await query.CountAsync(ct);
        var items = await Sorted(query, filter.Sort).Skip((page - 1) * size).Take(size).AsNoTracking().ToListAsync(ct);
        return new Paged<TicketView>(items.Select(t => TicketView.Of(t)).ToList(), page, size, total);
    }

    public async Task<byte[]> ExportAsync(TicketFilter filter, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var query = Filtered(filter, errors);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var rows = await Sorted(query, filter.Sort).AsNoTracking().Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, rows.Select(t => new TicketRow
        {
            ServiceDay = t.ServiceDay,
            Number = t.Number,
            IssuedLocal = Local(t.IssuedAt),
            CalledLocal = t.CalledAt is { } c ? Local(c) : null,
            Window = t.WindowNumber,
            Status = Names.Of(t.Status),
            Source = Names.Of(t.Source),
        }), ct);
    }

    /// <summary>Checks the whole file, then writes it in batches, reporting progress; returns the import's id and row count.</summary>
    public async Task<(Guid ImportId, int Rows)> ImportAsync(string region, Stream file, string fileName, string actor, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        progress?.Report(new ImportProgress("读取文件", 0, 0));
        var import = await Ledgers.ImportAsync(Layout, file, fileName, ct);
        var total = import.Rows.Count;
        progress?.Report(new ImportProgress("校验", 0, total));
        var today = LegalDate.Today(clock);
        var errors = new List<LedgerRowError>();
        var seen = new HashSet<(DateOnly, string)>();
        foreach (var (row, r) in import.Rows)
        {
            if (r.ServiceDay > today)
            {
                errors.Add(new LedgerRowError(row, "营业日", "营业日不能晚于今天"));
            }

            if (r.CalledLocal is not null && r.Window is null)
            {
                errors.Add(new LedgerRowError(row, "窗口号", "已叫号的记录应有窗口号"));
            }

            if (!seen.Add((r.ServiceDay, r.Number)))
            {
                errors.Add(new LedgerRowError(row, "号码", $"文件中{ApplicationClocks.Day(r.ServiceDay)}的{r.Number}号重复"));
            }
        }

        if (import.Rows.Count > 0)
        {
            var first = import.Rows.Min(r => r.Value.ServiceDay);
            var last = import.Rows.Max(r => r.Value.ServiceDay);
            var existing = (await db.Set<ServiceTicket>().AsNoTracking()
                    .Where(t => t.RegionCode == region && t.ServiceDay >= first && t.ServiceDay <= last)
                    .Select(t => new { t.ServiceDay, t.Number }).ToListAsync(ct))
                .Select(t => (t.ServiceDay, t.Number)).ToHashSet();
            errors.AddRange(import.Rows.Where(r => existing.Contains((r.Value.ServiceDay, r.Value.Number)))
                .Select(r => new LedgerRowError(r.Row, "号码", $"{ApplicationClocks.Day(r.Value.ServiceDay)}的{r.Value.Number}号已在系统中")));
        }
        if (errors.Count > 0)
        {
            throw new LedgerImportException(errors.OrderBy(e => e.Row).ToList());
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var batch = new TicketImport(region, Path.GetFileName(fileName), total, actor, clock.GetUtcNow().UtcDateTime);
        db.Add(batch);
        await db.SaveChangesAsync(ct);
        await using var writer = new BulkTicketWriter(db, transaction.GetDbTransaction());
        var done = 0;
        foreach (var chunk in import.Rows.Chunk(BatchRows))
        {
            var tickets = chunk.Select(c =>
            {
                var r = c.Value;
                var ticket = new ServiceTicket(region, r.ServiceDay, r.Number[..1], int.Parse(r.Number[1..], CultureInfo.InvariantCulture), Utc(r.IssuedLocal), TicketSource.Imported, batch.Id);
                ticket.Imported(r.CalledLocal is { } c2 ? Utc(c2) : null, r.Window);
                return ticket;
            }).ToList();
            await writer.InsertAsync(tickets, ct);
            done += tickets.Count;
            progress?.Report(new ImportProgress("写入", done, total));
        }
        await transaction.CommitAsync(ct);
        return (batch.Id, total);
    }

    private IQueryable<ServiceTicket> Filtered(TicketFilter filter, Dictionary<string, string[]> errors)
    {
        var query = db.Set<ServiceTicket>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(filter.Day))
        {
            if (Cells.Date(filter.Day, out var day) is null)
            {
                query = query.Where(t => t.ServiceDay == day);
            }
            else
            {
                errors["day"] = ["日期格式应为 yyyy-MM-dd"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            var c = filter.Category.Trim().ToUpperInvariant();
            query = query.Where(t => t.Category == c);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim().ToUpperInvariant();
            query = query.Where(t => t.Number.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (Enum.TryParse<TicketStatus>(filter.Status, out var status) && Enum.IsDefined(status))
            {
                query = query.Where(t => t.Status == status);
            }
            else
            {
                errors["status"] = ["状态不正确"];
            }
        }

        return query;
    }

    private static IQueryable<ServiceTicket> Sorted(IQueryable<ServiceTicket> query, string? sort) => sort switch
    {
        "wait" => query.OrderBy(t => t.WaitSeconds).ThenBy(t => t.Id),
        "-wait" => query.OrderByDescending(t => t.WaitSeconds).ThenBy(t => t.Id),
        "issued" => query.OrderBy(t => t.IssuedAt).ThenBy(t => t.Id),
        _ => query.OrderByDescending(t => t.IssuedAt).ThenByDescending(t => t.Id),
    };

    private static DateTime Local(DateTime utc) => new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(Beijing).DateTime;

    private static DateTime Utc(DateTime local) => new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Beijing).UtcDateTime;

    private static string Time(DateTime local) => local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string? ParseTime(string text, out DateTime value)
    {
        if (DateTime.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
        {
            value = DateTime.FromOADate(serial);
            return null;
        }

        return $"时间“{text}”格式不正确，应为 yyyy-MM-dd HH:mm:ss";
    }

    private static string? Set(Action assign)
    {
        assign();
        return null;
    }

    /// <summary>
    /// Writes tickets with raw INSERTs in the caller's transaction, using the provider's own type mappings (converters apply),
    /// so the SQL is the same on both databases. PostgreSQL gets multi-row statements of <see cref="BatchRows"/> rows (one
    /// round trip each); SQLite, in-process, gets one prepared single-row statement reused for every row: SQLite finds
    /// each named parameter by a linear scan, so a 400-row statement's 6,000 parameters cost O(n²) to bind (100,000 rows
    /// took 70 s that way).
    /// </summary>
    private sealed class BulkTicketWriter : IAsyncDisposable
    {
        private readonly DbTransaction _transaction;
        private readonly List<IProperty> _properties;
        private readonly string _insertInto;
        private readonly bool _rowAtATime;
        private DbCommand? _single;

        public BulkTicketWriter(AppDbContext db, DbTransaction transaction)
        {
            _transaction = transaction;
            var entity = db.Model.FindEntityType(typeof(ServiceTicket))!;
            var helper = db.GetService<ISqlGenerationHelper>();
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            _properties = entity.GetProperties().ToList();
            _insertInto = new StringBuilder("INSERT INTO ").Append(helper.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())).Append(" (")
                .AppendJoin(", ", _properties.Select(p => helper.DelimitIdentifier(p.GetColumnName(store)!))).Append(") VALUES ").ToString();
            _rowAtATime = db.Database.IsSqlite();
        }

        public async Task InsertAsync(List<ServiceTicket> tickets, CancellationToken ct)
        {
            if (_rowAtATime)
            {
                _single ??= Command(1);
                foreach (var ticket in tickets)
                {
                    _single.Parameters.Clear();
                    Bind(_single, ticket, 0);
                    await _single.ExecuteNonQueryAsync(ct);
                }

                return;
            }

            await using var command = Command(tickets.Count);
            for (var i = 0; i < tickets.Count; i++)
            {
                Bind(command, tickets[i], i);
            }

            await command.ExecuteNonQueryAsync(ct);
        }

        public async ValueTask DisposeAsync()
        {
            if (_single is not null)
            {
                await _single.DisposeAsync();
            }
        }

        private DbCommand Command(int rows)
        {
            var sql = new StringBuilder(_insertInto);
            for (var i = 0; i < rows; i++)
            {
                sql.Append(i == 0 ? "(" : ", (");
                for (var j = 0; j < _properties.Count; j++)
                {
                    sql.Append(j == 0 ? "" : ", ").Append(Name(i, j));
                }

                sql.Append(')');
            }

            var command = _transaction.Connection!.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql.ToString();
            return command;
        }

        private void Bind(DbCommand command, ServiceTicket ticket, int row)
        {
            for (var j = 0; j < _properties.Count; j++)
            {
                var value = _properties[j].GetGetter().GetClrValue(ticket);
                command.Parameters.Add(_properties[j].GetRelationalTypeMapping().CreateParameter(command, Name(row, j), value, nullable: value is null));
            }
        }

        private static string Name(int row, int column) => $"@p{row}_{column}";
    }
}
