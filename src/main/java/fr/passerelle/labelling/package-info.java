/**
 * The label lifecycle: calls for projects, the application dossier written by the promoters against the 11
 * criteria, and its review chain — regional opinions (CAEN, Crefop), the interministerial expert group with its
 * navettes, the CNEE's opinion and the decision that labels a campus for four years, with its certificate.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"campus", "directory", "governance", "training", "identity", "notifications", "territory", "platform"})
package fr.passerelle.labelling;
