namespace Anshun.Users.Models;

/// <summary>Body of <c>POST /api/users/{id}/move</c>: the user's units after the move.</summary>
public sealed record MoveUserRequest(List<UnitAssignment>? Units);
