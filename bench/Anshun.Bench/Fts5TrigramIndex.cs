using System.Text;
using Anshun.Core.Search;
using Microsoft.Data.Sqlite;

namespace Anshun.Bench;

/// <summary>
/// The comparison: SQLite FTS5 with <c>tokenize='trigram'</c> over the same texts, ranked by bm25 with the engine's
/// field weights (title 3, text 1, meta 0.5). Trigrams cannot match a word shorter than three characters (防汛,
/// 镇宁), so such words are matched as FTS5 users do, with <c>LIKE '%词%'</c> on the three columns (a scan); a
/// query made only of such words has no bm25 and is ordered newest first. Restricted documents carry a flag the
/// staff reader's query excludes (the corpus has one gate, which staff never opens).
/// </summary>
public sealed class Fts5TrigramIndex : IDisposable
{
    private readonly SqliteConnection _connection;

    private Fts5TrigramIndex(SqliteConnection connection) => _connection = connection;

    public string SqliteVersion => Scalar("SELECT sqlite_version()");

    /// <summary>Creates an empty index in <paramref name="path"/> (a file, or <c>:memory:</c>); fails if the bundled SQLite lacks the trigram tokenizer.</summary>
    public static Fts5TrigramIndex Create(string path)
    {
        if (path != ":memory:" && File.Exists(path))
        {
            File.Delete(path);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        var index = new Fts5TrigramIndex(connection);
        index.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        index.Execute("CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, restricted UNINDEXED, published UNINDEXED, title, body, meta, tokenize = 'trigram')");
        return index;
    }

    /// <summary>Inserts the documents in transactions of <paramref name="batchSize"/>; returns how many.</summary>
    public int AddAll(IEnumerable<(SearchDocument Document, string? AttachmentText)> documents, int batchSize = 10_000)
    {
        var count = 0;
        var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs (key, restricted, published, title, body, meta) VALUES ($key, $restricted, $published, $title, $body, $meta)";
        var parameters = new[] { "$key", "$restricted", "$published", "$title", "$body", "$meta" }.Select(name => insert.Parameters.Add(name, SqliteType.Text)).ToArray();
        foreach (var (document, attachmentText) in documents)
        {
            var text = SearchDocumentText.Of(document, attachmentText);
            insert.Transaction = transaction;
            parameters[0].Value = document.Key;
            parameters[1].Value = document.Access.Gates.Count > 0 ? 1 : 0;
            parameters[2].Value = document.PublishedUtc?.Ticks ?? 0;
            parameters[3].Value = text.Title;
            parameters[4].Value = text.Body;
            parameters[5].Value = text.Meta;
            insert.ExecuteNonQuery();
            if (++count % batchSize == 0)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = _connection.BeginTransaction();
            }
        }

        transaction.Commit();
        transaction.Dispose();
        return count;
    }

    /// <summary>The keys of the top <paramref name="top"/> documents every word of <paramref name="query"/> matches.</summary>
    public IReadOnlyList<string> Search(string query, bool includeRestricted, int top = 10)
    {
        var words = query.Replace('"', ' ').Replace('“', ' ').Replace('”', ' ').Normalize(NormalizationForm.FormKC)
            .Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var longWords = words.Where(w => w.Length >= 3).ToList();
        var shortWords = words.Where(w => w.Length < 3).ToList();
        using var command = _connection.CreateCommand();
        var where = new List<string>();
        if (longWords.Count > 0)
        {
            where.Add("docs MATCH $match");
            command.Parameters.AddWithValue("$match", string.Join(" AND ", longWords.Select(w => "\"" + w.Replace("\"", "\"\"") + "\"")));
        }

        for (var i = 0; i < shortWords.Count; i++)
        {
            where.Add($"(title LIKE $w{i} OR body LIKE $w{i} OR meta LIKE $w{i})");
            command.Parameters.AddWithValue("$w" + i, "%" + shortWords[i].Replace("%", "").Replace("_", "") + "%");
        }

        if (where.Count == 0)
        {
            return [];
        }

        if (!includeRestricted)
        {
            where.Add("restricted = 0");
        }

        var order = longWords.Count > 0 ? "bm25(docs, 0, 0, 0, 3.0, 1.0, 0.5)" : "published DESC";
        command.CommandText = $"SELECT key FROM docs WHERE {string.Join(" AND ", where)} ORDER BY {order} LIMIT {top}";
        var keys = new List<string>(top);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private string Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
