using System.Data.Common;
using Anshun.Core.Data;
using Anshun.OpenId.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.OpenId.Tests.Migrations;

/// <summary>The FluentMigrator tables are exactly what OpenIddict's EF Core model expects.</summary>
public sealed class OpenIdSchemaTests(OpenIdSiteFactory factory) : IClassFixture<OpenIdSiteFactory>
{
    [Fact]
    public async Task MigratedColumnsMatchTheEntityModel()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenIdDbContext>();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var entityTypes = db.Model.GetEntityTypes().ToList();
        Assert.Equal(4, entityTypes.Count);
        foreach (var entity in entityTypes)
        {
            var table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, null);
            var expected = entity.GetProperties().ToDictionary(
                p => p.GetColumnName(store)!,
                p => (Type: p.GetColumnType(store), Nullable: p.IsColumnNullable(store)));
            var actual = await ReadColumnsAsync(connection, table);

            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
            foreach (var (column, (type, nullable)) in expected)
            {
                Assert.True(nullable == actual[column].Nullable, $"{table}.{column} 可空性不一致。");
                if (factory.DatabaseKind == DatabaseProviderKind.PostgreSql)
                {
                    Assert.Equal(type, actual[column].Type);
                }
            }
        }
    }

    private async Task<Dictionary<string, (string Type, bool Nullable)>> ReadColumnsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        var result = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        if (factory.DatabaseKind == DatabaseProviderKind.PostgreSql)
        {
            command.CommandText = "SELECT column_name, data_type, character_maximum_length, is_nullable FROM information_schema.columns "
                + $"WHERE table_schema = current_schema() AND table_name = '{table}'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var type = reader.GetString(1);
                if (!reader.IsDBNull(2))
                {
                    type += $"({reader.GetInt32(2)})";
                }

                result[reader.GetString(0)] = (type, reader.GetString(3) == "YES");
            }
        }
        else
        {
            command.CommandText = $"PRAGMA table_info(\"{table}\")";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var isKey = reader.GetInt32(5) > 0;
                result[reader.GetString(1)] = (reader.GetString(2), reader.GetInt32(3) == 0 && !isKey);
            }
        }

        return result;
    }
}
