using Anshun.Core.Modules;

[assembly: Module(
    "Anshun.FileLibrary",
    "文件资料共享",
    Description = "按文件夹共享文件资料：批量上传、文件版本、文件夹权限、下载次数，PDF 与图片在浏览器中预览。",
    Category = "门户",
    Dependencies = ["Anshun.Organization", "Anshun.Users", "Anshun.Audit"])]
