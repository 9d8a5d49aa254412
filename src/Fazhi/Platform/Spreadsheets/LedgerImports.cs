using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Platform.Spreadsheets;

/// <summary>
/// The import every ledger makes (ADR 0006): read the file with the layout, add each row to the unit of work through the
/// module's own use case (the same checks as the form), report every refused field of every row by file row and Chinese
/// column header, and store the whole file or nothing of it.
/// </summary>
public static class LedgerImports
{
    public static async Task<int> AddAllAsync<TRow>(AppDbContext db, LedgerLayout<TRow> layout, Stream file, string fileName, Func<TRow, Task> add,
        Func<string, string> headerOf, CancellationToken ct)
        where TRow : new()
    {
        var import = await Ledgers.ImportAsync(layout, file, fileName, ct);
        var errors = new List<LedgerRowError>();
        foreach (var (row, value) in import.Rows)
        {
            try
            {
                await add(value);
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(kv => kv.Value.Select(m => new LedgerRowError(row, headerOf(kv.Key), m))));
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new LedgerImportException(errors);
        }

        await db.SaveChangesAsync(ct);
        return import.Rows.Count;
    }
}
