using Anshun.Core.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.Core.Platform;

/// <summary><c>GET /health</c>: 200 with the database's status, 503 when the database does not answer.</summary>
public static class HealthEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (DatabaseProvider database, CancellationToken cancellationToken) =>
        {
            string status;
            string? error = null;
            try
            {
                await using var connection = database.CreateConnection();
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT 1";
                await command.ExecuteScalarAsync(cancellationToken);
                status = "Healthy";
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                status = "Unhealthy";
                error = ex.GetType().Name;
            }

            var body = new
            {
                status,
                database = new { provider = database.Kind.ToString(), status, error },
            };
            return Results.Json(body, statusCode: status == "Healthy" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
    }
}
