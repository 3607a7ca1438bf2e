/** The shared database cannot be used: unreachable, refused the login, or its schema could not be migrated. */
export class DatabaseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

/**
 * Another process published a newer catalog after this one loaded the catalog it changed: saving would undo the
 * other's import. Run the import again (imports take the 'import' lock, which avoids this).
 */
export class CatalogConflictError extends Error {
  constructor(
    readonly loadedVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      `the catalog changed in another process (now version ${currentVersion}) since this one read version ` +
        `${loadedVersion}; nothing was saved, run it again`,
    );
    this.name = 'CatalogConflictError';
  }
}
