/** Knowledge items of the organisation's knowledge base, published by employees, often from their post-training reports. */
package org.prawat.domain.knowledge;
