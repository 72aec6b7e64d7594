/**
 * The documents library of a campus: folders, documents with an access level (public, partners, members of one
 * governing body), every version of their file, search by title and filter by type; the public documents on the
 * public page of the campus.
 */
package fr.passerelle.governance.documents;
